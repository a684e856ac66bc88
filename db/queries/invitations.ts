import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { invitations, memberships, organisations, users } from "../schema";
import { recordAudit } from "./audit";
import type { Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface NewInvitation {
  organisationId: string;
  invitedBy: string;
  email: string;
  roles: Role[];
  locales: string[];
  tokenHash: string;
  /** No mail: the link is shown to the inviter, and the audit log and later approvals say so. */
  linkShown: boolean;
}

export async function createInvitation(db: Database, input: NewInvitation) {
  return db.transaction(async (tx) => {
    const [existingMember] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, input.organisationId), eq(users.email, input.email)));
    if (existingMember) throw new AppError("conflict", "errors.already_member");
    // A new invitation replaces any open one for the same address, so only the newest link works.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.organisationId, input.organisationId),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const locales = input.roles.includes("translator") ? input.locales : [];
    const [invitation] = await tx
      .insert(invitations)
      .values({ ...input, locales, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) })
      .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.invitedBy,
      action: "invitation.created",
      subjectType: "invitation",
      subjectId: invitation.id,
      data: { email: input.email, roles: input.roles, locales, ...(input.linkShown ? { linkShownToInviter: true } : {}) },
    });
    return invitation;
  });
}

export async function listOpenInvitations(executor: Executor, organisationId: string) {
  return executor
    .select({
      id: invitations.id,
      email: invitations.email,
      roles: invitations.roles,
      locales: invitations.locales,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(db: Database, input: { organisationId: string; actorId: string; invitationId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.organisationId, input.organisationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id, email: invitations.email });
    if (!row) throw new AppError("not_found");
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "invitation.revoked",
      subjectType: "invitation",
      subjectId: row.id,
      data: { email: row.email },
    });
  });
}

/** What the acceptance page shows: the organisation, the address and whether an account exists. */
export async function findOpenInvitation(executor: Executor, tokenHash: string) {
  const [row] = await executor
    .select({
      id: invitations.id,
      email: invitations.email,
      roles: invitations.roles,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, tokenHash));
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  const [account] = await executor.select({ id: users.id }).from(users).where(eq(users.email, row.email));
  return { ...row, hasAccount: Boolean(account) };
}

export interface Acceptance {
  tokenHash: string;
  /** For a new account: the name and password hash it is created with. */
  newAccount?: { name: string; passwordHash: string };
  /** For an existing account: its id, after the caller verified its password. */
  existingUserId?: string;
}

/** Accepting joins the organisation with the invited roles; it creates the account when there is none. */
export async function acceptInvitation(db: Database, acceptance: Acceptance) {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, acceptance.tokenHash))
      .for("update");
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
      throw new AppError("not_found", "errors.invitation_invalid");
    }
    let userId = acceptance.existingUserId;
    if (!userId) {
      if (!acceptance.newAccount) throw new AppError("invalid_input");
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
      if (existing) throw new AppError("conflict", "errors.account_exists");
      const [user] = await tx
        .insert(users)
        // The link reached them (by mail, or by hand where there is no mail): the address is theirs.
        .values({ email: invitation.email, name: acceptance.newAccount.name, passwordHash: acceptance.newAccount.passwordHash, emailVerifiedAt: new Date() })
        .returning({ id: users.id });
      userId = user.id;
    }
    const [already] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.organisationId, invitation.organisationId), eq(memberships.userId, userId)));
    if (already) throw new AppError("conflict", "errors.already_member");
    await tx.insert(memberships).values({
      organisationId: invitation.organisationId,
      userId,
      roles: invitation.roles,
      locales: invitation.locales,
      invitationLinkShown: invitation.linkShown,
    });
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
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
