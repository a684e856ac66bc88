import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { memberships, organisations, users } from "../schema";
import { isRole, type Role } from "@/lib/auth/permissions";

export interface MembershipContext {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
  locales: string[];
  /** Joined through an invitation link shown to an admin rather than mailed (see approvals). */
  invitationLinkShown: boolean;
  /** The organisation requires admins and approvers to sign in with a second factor. */
  requireSecondFactor: boolean;
}

const membershipColumns = {
  membershipId: memberships.id,
  organisationId: memberships.organisationId,
  organisationName: organisations.name,
  roles: memberships.roles,
  locales: memberships.locales,
  invitationLinkShown: memberships.invitationLinkShown,
  requireSecondFactor: organisations.requireSecondFactor,
};

function toContext(row: Omit<MembershipContext, "roles"> & { roles: string[] }): MembershipContext {
  return { ...row, roles: row.roles.filter(isRole) };
}

export async function listMembershipsOfUser(executor: Executor, userId: string): Promise<MembershipContext[]> {
  const rows = await executor
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name), asc(organisations.createdAt));
  return rows.map(toContext);
}

export async function findMembership(executor: Executor, userId: string, organisationId: string): Promise<MembershipContext | null> {
  const [row] = await executor
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return row ? toContext(row) : null;
}

export async function listMembers(executor: Executor, organisationId: string) {
  return executor
    .select({
      membershipId: memberships.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      roles: memberships.roles,
      locales: memberships.locales,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.email));
}

/**
 * How many admins the organisation has besides this membership. Locks the organisation's
 * memberships first: two admins demoting each other at once must not both pass.
 */
export async function countOtherAdmins(executor: Executor, organisationId: string, membershipId: string): Promise<number> {
  await executor.select({ id: memberships.id }).from(memberships).where(eq(memberships.organisationId, organisationId)).for("update");
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        ne(memberships.id, membershipId),
        sql`'admin' = ANY(${memberships.roles})`,
      ),
    );
  return row?.n ?? 0;
}

/** One membership of the organisation, locked for the rest of the transaction, or null. */
export async function lockMembership(executor: Executor, organisationId: string, membershipId: string) {
  const [row] = await executor
    .select({ roles: memberships.roles, locales: memberships.locales, userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)))
    .for("update");
  return row ?? null;
}

/** Whether someone with this address is a member of the organisation already. */
export async function isMemberByEmail(executor: Executor, organisationId: string, email: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(users.email, email)));
  return row !== undefined;
}

export async function isMember(executor: Executor, organisationId: string, userId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row !== undefined;
}

export async function setMemberRoles(executor: Executor, membershipId: string, roles: Role[], locales: string[]): Promise<void> {
  await executor.update(memberships).set({ roles, locales }).where(eq(memberships.id, membershipId));
}

export async function deleteMembership(executor: Executor, membershipId: string): Promise<void> {
  await executor.delete(memberships).where(eq(memberships.id, membershipId));
}

/**
 * Adds an existing user to an organisation (sign-up, accepting an invitation, seed, tests). Only
 * translators keep locales.
 */
export async function addMember(
  executor: Executor,
  input: { organisationId: string; userId: string; roles: Role[]; locales?: string[]; invitationLinkShown?: boolean },
) {
  const [row] = await executor
    .insert(memberships)
    .values({
      organisationId: input.organisationId,
      userId: input.userId,
      roles: input.roles,
      locales: input.roles.includes("translator") ? (input.locales ?? []) : [],
      invitationLinkShown: input.invitationLinkShown ?? false,
    })
    .returning({ id: memberships.id });
  return row;
}
