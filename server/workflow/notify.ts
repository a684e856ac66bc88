import "server-only";
import type { Executor } from "@/db/client";
import { insertNotifications, membersWithRole } from "@/db/queries/workflow";
import type { Role } from "@/lib/auth/permissions";
import { tFor } from "@/lib/i18n/server";
import { setting } from "@/lib/config/env";
import { sendMail } from "../mail";

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

/**
 * Writes in-app notifications inside the caller's transaction, and returns a function that mails
 * them (when SMTP_URL is set) once the transaction has committed.
 */
export async function notify(tx: Executor, input: NotificationInput): Promise<() => Promise<void>> {
  const recipients = new Map<string, string>();
  for (const role of input.roles ?? []) {
    for (const member of await membersWithRole(tx, input.organisationId, role, role === "translator" ? input.locales : undefined)) {
      recipients.set(member.userId, member.email);
    }
  }
  for (const id of input.userIds ?? []) if (!recipients.has(id)) recipients.set(id, "");
  if (input.exceptUserId) recipients.delete(input.exceptUserId);
  await insertNotifications(tx, { organisationId: input.organisationId, userIds: [...recipients.keys()], kind: input.kind, templateId: input.templateId, versionId: input.versionId, data: input.data });
  return async () => {
    if (!setting("SMTP_URL")) return;
    const t = tFor("en", "workflow");
    for (const email of recipients.values()) {
      if (email) await sendMail({ to: email, subject: t(`notifications.${input.kind}`, input.data ?? {}), text: t(`notifications.${input.kind}`, input.data ?? {}) });
    }
  };
}
