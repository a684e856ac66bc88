import { and, eq, inArray } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { organisations, templateVariants, templateVersions } from "../schema";
import { recordAudit } from "./audit";
import { AppError } from "@/lib/errors";
import { OPEN_VERSION_STATES } from "@/lib/templates/model";

export async function getOrganisationSettings(executor: Executor, organisationId: string) {
  const [row] = await executor
    .select({ id: organisations.id, name: organisations.name, requireTwoApprovals: organisations.requireTwoApprovals, requireSecondFactor: organisations.requireSecondFactor, allowedWords: organisations.allowedWords })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!row) throw new AppError("not_found");
  return row;
}

export async function updateOrganisationSettings(
  db: Database,
  input: { organisationId: string; actorId: string; name: string; requireTwoApprovals: boolean; requireSecondFactor?: boolean; allowedWords: string[] },
) {
  return db.transaction(async (tx) => {
    const before = await getOrganisationSettings(tx, input.organisationId);
    const requireSecondFactor = input.requireSecondFactor ?? before.requireSecondFactor;
    await tx
      .update(organisations)
      .set({ name: input.name, requireTwoApprovals: input.requireTwoApprovals, requireSecondFactor, allowedWords: input.allowedWords })
      .where(eq(organisations.id, input.organisationId));
    const wordsChanged = [...before.allowedWords].sort().join("\n") !== [...input.allowedWords].sort().join("\n");
    if (wordsChanged) {
      // Spelling results depend on the allowed words: every open version's checks become stale and run again.
      await tx
        .update(templateVariants)
        .set({ policyContentHash: null })
        .where(
          and(
            eq(templateVariants.organisationId, input.organisationId),
            inArray(
              templateVariants.versionId,
              tx.select({ id: templateVersions.id }).from(templateVersions).where(and(eq(templateVersions.organisationId, input.organisationId), inArray(templateVersions.state, [...OPEN_VERSION_STATES]))),
            ),
          ),
        );
    }
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "settings.updated",
      subjectType: "organisation",
      subjectId: input.organisationId,
      data: {
        from: { name: before.name, requireTwoApprovals: before.requireTwoApprovals, requireSecondFactor: before.requireSecondFactor, allowedWords: before.allowedWords },
        to: { name: input.name, requireTwoApprovals: input.requireTwoApprovals, requireSecondFactor, allowedWords: input.allowedWords },
      },
    });
  });
}
