import type { z } from "zod";
import { getDb, type Database } from "@/db/client";
import { findMembership, listMembershipsOfUser, type MembershipContext } from "@/db/queries/memberships";
import { getUserProfile } from "@/db/queries/accounts";
import { can, needsSecondFactor, permissionsOf, type Permission, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** Who is asking and in which organisation: from the session and the active-organisation cookie. */
export interface RequestIdentity {
  userId: string | null;
  organisationId: string | null;
  /** The session was signed in with a second factor. */
  secondFactor?: boolean;
}

export interface GuardContext {
  db: Database;
  user: { id: string; email: string; name: string };
  organisation: { id: string; name: string };
  membershipId: string;
  roles: Role[];
  /** Buyer locales this member may translate. */
  locales: string[];
  permissions: Permission[];
  /** The membership came from an invitation link shown to the inviter instead of mailed. */
  invitationLinkShown: boolean;
  /** This session was signed in with a second factor. */
  secondFactor: boolean;
}

/** The membership a request acts in: the chosen organisation, else the user's first one. */
export async function resolveMembership(db: Database, userId: string, organisationId: string | null): Promise<MembershipContext | null> {
  if (organisationId) return findMembership(db, userId, organisationId);
  const [first] = await listMembershipsOfUser(db, userId);
  return first ?? null;
}

/**
 * Checks the session, the organisation membership and the permission, in that order: no session is
 * 401; not a member of the organisation is 404 (its existence is not revealed); a member whose roles
 * lack the permission is 403.
 */
export async function authorise(identity: RequestIdentity, permission: Permission, db?: Database): Promise<GuardContext> {
  if (!identity.userId) throw new AppError("unauthenticated");
  const database = db ?? (await getDb());
  const user = await getUserProfile(database, identity.userId);
  if (!user) throw new AppError("unauthenticated");
  // Where mail is sent, a new account proves its address before it may act (issue 14 item 2).
  if (!user.emailVerifiedAt) throw new AppError("unverified");
  const membership = await resolveMembership(database, user.id, identity.organisationId);
  if (!membership) throw new AppError("not_found");
  if (!can(membership.roles, permission)) throw new AppError("forbidden");
  if (membership.requireSecondFactor && !identity.secondFactor && needsSecondFactor(membership.roles, permission)) {
    throw new AppError("second_factor_required");
  }
  return {
    db: database,
    user: { id: user.id, email: user.email, name: user.name },
    organisation: { id: membership.organisationId, name: membership.organisationName },
    membershipId: membership.membershipId,
    roles: membership.roles,
    locales: membership.locales,
    permissions: permissionsOf(membership.roles),
    invitationLinkShown: membership.invitationLinkShown,
    secondFactor: identity.secondFactor === true,
  };
}

/** The wrapper every server action and route handler goes through: guard, validate input, run. */
export async function runGuarded<S extends z.ZodType, R>(
  identity: RequestIdentity,
  permission: Permission,
  schema: S,
  rawInput: unknown,
  handler: (input: z.infer<S>, ctx: GuardContext) => Promise<R>,
  db?: Database,
): Promise<R> {
  const ctx = await authorise(identity, permission, db);
  const input = schema.parse(rawInput);
  return handler(input, ctx);
}

/** For domain functions that do several things: each step that needs a permission asserts it. */
export function assertCan(ctx: GuardContext, permission: Permission): void {
  if (!can(ctx.roles, permission)) throw new AppError("forbidden");
}
