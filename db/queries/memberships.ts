import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { memberships, organisations, users } from "../schema";
import { recordAudit } from "./audit";
import { isRole, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

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

async function countOtherAdmins(executor: Executor, organisationId: string, membershipId: string): Promise<number> {
  // Lock the organisation's memberships first: two admins demoting each other at once must not both pass.
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

export interface RoleChange {
  organisationId: string;
  actorId: string;
  membershipId: string;
  roles: Role[];
  locales: string[];
}

/** Changes a member's roles; an organisation always keeps at least one admin. */
export async function updateMemberRoles(db: Database, change: RoleChange) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ roles: memberships.roles, locales: memberships.locales, userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.id, change.membershipId), eq(memberships.organisationId, change.organisationId)))
      .for("update");
    if (!current) throw new AppError("not_found");
    if (current.roles.includes("admin") && !change.roles.includes("admin")) {
      if ((await countOtherAdmins(tx, change.organisationId, change.membershipId)) === 0) {
        throw new AppError("conflict", "errors.last_admin");
      }
    }
    const locales = change.roles.includes("translator") ? change.locales : [];
    await tx.update(memberships).set({ roles: change.roles, locales }).where(eq(memberships.id, change.membershipId));
    await recordAudit(tx, {
      organisationId: change.organisationId,
      actorId: change.actorId,
      action: "member.roles_changed",
      subjectType: "user",
      subjectId: current.userId,
      data: { from: { roles: current.roles, locales: current.locales }, to: { roles: change.roles, locales } },
    });
  });
}

export async function removeMember(db: Database, input: { organisationId: string; actorId: string; membershipId: string }) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ roles: memberships.roles, userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.id, input.membershipId), eq(memberships.organisationId, input.organisationId)))
      .for("update");
    if (!current) throw new AppError("not_found");
    if (current.roles.includes("admin") && (await countOtherAdmins(tx, input.organisationId, input.membershipId)) === 0) {
      throw new AppError("conflict", "errors.last_admin");
    }
    await tx.delete(memberships).where(eq(memberships.id, input.membershipId));
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "member.removed",
      subjectType: "user",
      subjectId: current.userId,
      data: { roles: current.roles },
    });
  });
}

/** Adds an existing user to an organisation (seed, tests, accepting an invitation for a known account). */
export async function addMember(
  executor: Executor,
  input: { organisationId: string; userId: string; roles: Role[]; locales?: string[] },
) {
  const [row] = await executor
    .insert(memberships)
    .values({
      organisationId: input.organisationId,
      userId: input.userId,
      roles: input.roles,
      locales: input.roles.includes("translator") ? (input.locales ?? []) : [],
    })
    .returning({ id: memberships.id });
  return row;
}
