import type { Executor } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { listMembershipsOfUser } from "@/db/queries/memberships";

/** An account event concerns every organisation the person belongs to: each audit log gets it. */
export async function recordAccountEvent(executor: Executor, userId: string, action: string, data: Record<string, unknown> = {}): Promise<void> {
  for (const membership of await listMembershipsOfUser(executor, userId)) {
    await recordAudit(executor, { organisationId: membership.organisationId, actorId: userId, action, subjectType: "user", subjectId: userId, data });
  }
}
