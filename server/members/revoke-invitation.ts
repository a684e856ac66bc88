import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { revokeOpenInvitation } from "@/db/queries/invitations";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";

/**
 * Revokes an open invitation of the caller's organisation: its link stops working. One that is
 * unknown, another organisation's, accepted or revoked already is not found. The caller must hold
 * members.invite (the action's guard).
 */
export async function revokeInvitation(ctx: GuardContext, invitationId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await revokeOpenInvitation(tx, ctx.organisation.id, invitationId, new Date());
    if (!row) throw new AppError("not_found");
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "invitation.revoked",
      subjectType: "invitation",
      subjectId: row.id,
      data: { email: row.email },
    });
  });
}
