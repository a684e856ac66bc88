import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { invitations, organisations, users } from "../schema";
import type { Role } from "@/lib/auth/permissions";

export interface NewInvitationRow {
  organisationId: string;
  invitedBy: string;
  email: string;
  roles: Role[];
  /** Already narrowed by the caller: only translators keep locales. */
  locales: string[];
  tokenHash: string;
  /** No mail: the link is shown to the inviter, and the audit log and later approvals say so. */
  linkShown: boolean;
  expiresAt: Date;
}

/** Revokes every open invitation of the organisation to this address (a newer one replaces them). */
export async function revokeOpenInvitationsTo(executor: Executor, organisationId: string, email: string, at: Date): Promise<void> {
  await executor
    .update(invitations)
    .set({ revokedAt: at })
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
}

export async function insertInvitation(executor: Executor, input: NewInvitationRow) {
  const [invitation] = await executor
    .insert(invitations)
    .values(input)
    .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
  return invitation;
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

/**
 * Revokes one open invitation of the organisation; null when there is none (unknown, another
 * organisation's, accepted or revoked already).
 */
export async function revokeOpenInvitation(executor: Executor, organisationId: string, invitationId: string, at: Date) {
  const [row] = await executor
    .update(invitations)
    .set({ revokedAt: at })
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.organisationId, organisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id, email: invitations.email });
  return row ?? null;
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

/**
 * The invitation a token stands for, whatever its state, locked for the rest of the transaction so
 * it is accepted once; null for an unknown token.
 */
export async function lockInvitationByToken(executor: Executor, tokenHash: string) {
  const [invitation] = await executor.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for("update");
  return invitation ?? null;
}

export async function markInvitationAccepted(executor: Executor, invitationId: string, at: Date): Promise<void> {
  await executor.update(invitations).set({ acceptedAt: at }).where(eq(invitations.id, invitationId));
}
