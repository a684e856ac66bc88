import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { countOtherAdmins, deleteMembership, lockMembership } from "@/db/queries/memberships";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";

/**
 * Removes a member from the caller's organisation, never its last admin. Another organisation's
 * membership is not found. The caller must hold members.remove (the action's guard).
 */
export async function removeMember(ctx: GuardContext, membershipId: string): Promise<void> {
  const organisationId = ctx.organisation.id;
  await ctx.db.transaction(async (tx) => {
    const current = await lockMembership(tx, organisationId, membershipId);
    if (!current) throw new AppError("not_found");
    if (current.roles.includes("admin") && (await countOtherAdmins(tx, organisationId, membershipId)) === 0) {
      throw new AppError("conflict", "errors.last_admin");
    }
    await deleteMembership(tx, membershipId);
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: "member.removed",
      subjectType: "user",
      subjectId: current.userId,
      data: { roles: current.roles },
    });
  });
}
