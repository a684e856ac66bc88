import "server-only";
import type { Executor } from "@/db/client";
import { insertNotifications, memberContacts, membersWithRole } from "@/db/queries/workflow";
import type { Role } from "@/lib/auth/permissions";
import { tFor } from "@/lib/i18n/server";
import { DEFAULT_UI_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";
import { mailConfigured, sendMail } from "../mail";

export interface NotificationInput {
  organisationId: string;
  kind: string;
  templateId?: string;
  versionId?: string;
  data?: Record<string, string | number>;
  /** Everyone with one of these roles (translators: only those with one of `locales`). */
  roles?: Role[];
  locales?: string[];
  userIds?: string[];
  /** Nobody is notified of their own action. */
  exceptUserId?: string;
}

interface Recipient {
  email: string;
  uiLanguage: string | null;
}

/**
 * Writes in-app notifications inside the caller's transaction, and returns a function that mails
 * them, each in its recipient's UI language, once the transaction has committed (where this
 * installation sends mail: server/mail.ts).
 */
export async function notify(tx: Executor, input: NotificationInput): Promise<() => Promise<void>> {
  const recipients = new Map<string, Recipient>();
  for (const role of input.roles ?? []) {
    for (const member of await membersWithRole(tx, input.organisationId, role, role === "translator" ? input.locales : undefined)) {
      recipients.set(member.userId, member);
    }
  }
  const named = (input.userIds ?? []).filter((id) => !recipients.has(id));
  for (const member of await memberContacts(tx, input.organisationId, named)) recipients.set(member.userId, member);
  if (input.exceptUserId) recipients.delete(input.exceptUserId);
  await insertNotifications(tx, { organisationId: input.organisationId, userIds: [...recipients.keys()], kind: input.kind, templateId: input.templateId, versionId: input.versionId, data: input.data });
  return async () => {
    if (!mailConfigured()) return;
    for (const { email, uiLanguage } of recipients.values()) {
      const t = tFor(isUiLanguage(uiLanguage) ? uiLanguage : DEFAULT_UI_LANGUAGE, "workflow");
      const text = t(`notifications.${input.kind}`, input.data ?? {});
      await sendMail({ to: email, subject: text, text });
    }
  };
}
