import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { countOtherAdmins, lockMembership, setMemberRoles } from "@/db/queries/memberships";
import type { Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";

export interface RoleChange {
  membershipId: string;
  roles: Role[];
  /** Kept only for translators. */
  locales: string[];
}

/**
 * Changes the roles of a member of the caller's organisation; an organisation always keeps at least
 * one admin. Another organisation's membership is not found. The caller must hold members.update
 * (the action's guard).
 */
export async function updateMemberRoles(ctx: GuardContext, change: RoleChange): Promise<void> {
  const organisationId = ctx.organisation.id;
  await ctx.db.transaction(async (tx) => {
    const current = await lockMembership(tx, organisationId, change.membershipId);
    if (!current) throw new AppError("not_found");
    if (current.roles.includes("admin") && !change.roles.includes("admin")) {
      if ((await countOtherAdmins(tx, organisationId, change.membershipId)) === 0) {
        throw new AppError("conflict", "errors.last_admin");
      }
    }
    const locales = change.roles.includes("translator") ? change.locales : [];
    await setMemberRoles(tx, change.membershipId, change.roles, locales);
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: "member.roles_changed",
      subjectType: "user",
      subjectId: current.userId,
      data: { from: { roles: current.roles, locales: current.locales }, to: { roles: change.roles, locales } },
    });
  });
}
