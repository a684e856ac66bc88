import { eq } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { organisations } from "../schema";
import { recordAudit } from "./audit";

export async function getOrganisationSettings(executor: Executor, organisationId: string) {
  const [row] = await executor
    .select({ id: organisations.id, name: organisations.name, requireTwoApprovals: organisations.requireTwoApprovals, allowedWords: organisations.allowedWords })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!row) throw new Error(`organisation ${organisationId} not found`);
  return row;
}

export async function updateOrganisationSettings(
  db: Database,
  input: { organisationId: string; actorId: string; name: string; requireTwoApprovals: boolean; allowedWords: string[] },
) {
  return db.transaction(async (tx) => {
    const before = await getOrganisationSettings(tx, input.organisationId);
    await tx
      .update(organisations)
      .set({ name: input.name, requireTwoApprovals: input.requireTwoApprovals, allowedWords: input.allowedWords })
      .where(eq(organisations.id, input.organisationId));
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "settings.updated",
      subjectType: "organisation",
      subjectId: input.organisationId,
      data: {
        from: { name: before.name, requireTwoApprovals: before.requireTwoApprovals, allowedWords: before.allowedWords },
        to: { name: input.name, requireTwoApprovals: input.requireTwoApprovals, allowedWords: input.allowedWords },
      },
    });
  });
}
