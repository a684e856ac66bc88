import "server-only";
import type { Database } from "@/db/client";
import { emailExists, insertAccount } from "@/db/queries/accounts";
import { recordAudit } from "@/db/queries/audit";
import { lockInvitationByToken, markInvitationAccepted } from "@/db/queries/invitations";
import { addMember, isMember } from "@/db/queries/memberships";
import type { Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { UiLanguage } from "@/lib/i18n/settings";

export interface Acceptance {
  tokenHash: string;
  /** For a new account: the name and password hash it is created with. */
  newAccount?: { name: string; passwordHash: string; uiLanguage?: UiLanguage };
  /** For an existing account: its id, after the caller verified its password. */
  existingUserId?: string;
}

/**
 * Accepting joins the organisation with the invited roles; it creates the account when there is
 * none. Holding the token is the authorisation (plus the password the caller verified for an
 * existing account); the invitation is locked so that a link is accepted once.
 */
export async function acceptInvitation(db: Database, acceptance: Acceptance) {
  return db.transaction(async (tx) => {
    const invitation = await lockInvitationByToken(tx, acceptance.tokenHash);
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
      throw new AppError("not_found", "errors.invitation_invalid");
    }
    let userId = acceptance.existingUserId;
    if (!userId) {
      if (!acceptance.newAccount) throw new AppError("invalid_input");
      if (await emailExists(tx, invitation.email)) throw new AppError("conflict", "errors.account_exists");
      // The link reached them (by mail, or by hand where there is no mail): the address is theirs.
      const user = await insertAccount(tx, { email: invitation.email, name: acceptance.newAccount.name, passwordHash: acceptance.newAccount.passwordHash, emailVerifiedAt: new Date(), uiLanguage: acceptance.newAccount.uiLanguage ?? null });
      userId = user.id;
    }
    if (await isMember(tx, invitation.organisationId, userId)) throw new AppError("conflict", "errors.already_member");
    await addMember(tx, {
      organisationId: invitation.organisationId,
      userId,
      // Stored from validated roles by inviteMember; locales were narrowed to translators there too.
      roles: invitation.roles as Role[],
      locales: invitation.locales,
      invitationLinkShown: invitation.linkShown,
    });
    await markInvitationAccepted(tx, invitation.id, new Date());
    await recordAudit(tx, {
      organisationId: invitation.organisationId,
      actorId: userId,
      action: "invitation.accepted",
      subjectType: "invitation",
      subjectId: invitation.id,
      data: { email: invitation.email, roles: invitation.roles, locales: invitation.locales, ...(invitation.linkShown ? { linkShownToInviter: true } : {}) },
    });
    return { userId, email: invitation.email, organisationId: invitation.organisationId };
  });
}
