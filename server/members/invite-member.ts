import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { insertInvitation, revokeOpenInvitationsTo } from "@/db/queries/invitations";
import { isMemberByEmail } from "@/db/queries/memberships";
import type { Role } from "@/lib/auth/permissions";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { tFor } from "@/lib/i18n/server";
import { formatList, type UiLanguage } from "@/lib/i18n/settings";
import type { GuardContext } from "../guard";
import { mailConfigured, sendMail } from "../mail";

/** How long an invitation link works; a new invitation to the same address replaces it sooner. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

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
  const organisationId = ctx.organisation.id;
  await ctx.db.transaction(async (tx) => {
    if (await isMemberByEmail(tx, organisationId, input.email)) throw new AppError("conflict", "errors.already_member");
    // A new invitation replaces any open one for the same address, so only the newest link works.
    await revokeOpenInvitationsTo(tx, organisationId, input.email, new Date());
    const locales = input.roles.includes("translator") ? input.locales : [];
    const invitation = await insertInvitation(tx, {
      organisationId,
      invitedBy: ctx.user.id,
      email: input.email,
      roles: input.roles,
      locales,
      tokenHash: hashToken(token),
      linkShown,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: "invitation.created",
      subjectType: "invitation",
      subjectId: invitation.id,
      data: { email: input.email, roles: input.roles, locales, ...(linkShown ? { linkShownToInviter: true } : {}) },
    });
  });
  const link = `${options.origin}/invite/${token}`;
  const t = tFor(options.uiLanguage, "auth");
  const tc = tFor(options.uiLanguage, "common");
  const roles = formatList(options.uiLanguage, input.roles.map((role) => tc(`roles.${role}`)));
  const mail = await sendMail({
    to: input.email,
    subject: t("invite.title", { organisation: ctx.organisation.name }),
    text: t("invite.mailBody", { description: t("invite.description", { organisation: ctx.organisation.name, roles }), link }),
  });
  return { email: input.email, link: linkShown ? link : null, mail };
}
