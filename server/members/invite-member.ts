import "server-only";
import { createInvitation } from "@/db/queries/invitations";
import type { Role } from "@/lib/auth/permissions";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import type { GuardContext } from "../guard";
import { mailConfigured, sendMail } from "../mail";

export interface InvitationOutcome {
  email: string;
  /** Only where the installation sends no mail; the audit log then records that it was shown. */
  link: string | null;
  mail: "sent" | "failed" | "not_configured";
}

/**
 * Invites a person. Where mail is sent, the link goes only to the invited mailbox, never to the
 * inviting admin's screen: an admin cannot accept their own invitation as a second identity and
 * approve their own text. Without mail the link is shown, and the invitation, the membership it
 * creates and every approval of that member say so.
 */
export async function inviteMember(
  ctx: GuardContext,
  input: { email: string; roles: Role[]; locales: string[] },
  options: { origin: string; uiLanguage: UiLanguage },
): Promise<InvitationOutcome> {
  const token = newToken();
  const linkShown = !mailConfigured();
  await createInvitation(ctx.db, { organisationId: ctx.organisation.id, invitedBy: ctx.user.id, ...input, tokenHash: hashToken(token), linkShown });
  const link = `${options.origin}/invite/${token}`;
  const t = tFor(options.uiLanguage, "auth");
  const tc = tFor(options.uiLanguage, "common");
  const roles = input.roles.map((role) => tc(`roles.${role}`)).join(", ");
  const mail = await sendMail({
    to: input.email,
    subject: t("invite.title", { organisation: ctx.organisation.name }),
    text: `${t("invite.description", { organisation: ctx.organisation.name, roles })}\n\n${link}\n`,
  });
  return { email: input.email, link: linkShown ? link : null, mail };
}
