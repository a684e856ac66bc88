import { eq } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { organisations } from "../schema";
import { markOpenVersionChecksStale } from "./allowed-words";
import { recordAudit } from "./audit";
import { AppError } from "@/lib/errors";

export async function getOrganisationSettings(executor: Executor, organisationId: string, options: { lock?: boolean } = {}) {
  const query = executor
    .select({ id: organisations.id, name: organisations.name, requireTwoApprovals: organisations.requireTwoApprovals, requireSecondFactor: organisations.requireSecondFactor, allowedWords: organisations.allowedWords })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found");
  return row;
}

/** The submitted words, plus those stored now that the form had not loaded (compared lower-cased). */
function keepWordsAddedMeanwhile(submitted: string[], stored: string[], loaded: string[] | undefined): string[] {
  if (!loaded) return submitted;
  const key = (word: string) => word.toLocaleLowerCase();
  const known = new Set([...loaded, ...submitted].map(key));
  return [...submitted, ...stored.filter((word) => !known.has(key(word)))];
}

export async function updateOrganisationSettings(
  db: Database,
  input: {
    organisationId: string;
    actorId: string;
    name: string;
    requireTwoApprovals: boolean;
    requireSecondFactor?: boolean;
    allowedWords: string[];
    /** The list the form was loaded with: words added since (an accepted proposal) are kept. */
    allowedWordsLoaded?: string[];
  },
) {
  return db.transaction(async (tx) => {
    const before = await getOrganisationSettings(tx, input.organisationId, { lock: true });
    const allowedWords = keepWordsAddedMeanwhile(input.allowedWords, before.allowedWords, input.allowedWordsLoaded);
    const requireSecondFactor = input.requireSecondFactor ?? before.requireSecondFactor;
    await tx
      .update(organisations)
      .set({ name: input.name, requireTwoApprovals: input.requireTwoApprovals, requireSecondFactor, allowedWords })
      .where(eq(organisations.id, input.organisationId));
    const wordsChanged = [...before.allowedWords].sort().join("\n") !== [...allowedWords].sort().join("\n");
    // Spelling results depend on the allowed words: every open version's checks run again.
    if (wordsChanged) await markOpenVersionChecksStale(tx, input.organisationId);
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "settings.updated",
      subjectType: "organisation",
      subjectId: input.organisationId,
      data: {
        from: { name: before.name, requireTwoApprovals: before.requireTwoApprovals, requireSecondFactor: before.requireSecondFactor, allowedWords: before.allowedWords },
        to: { name: input.name, requireTwoApprovals: input.requireTwoApprovals, requireSecondFactor, allowedWords },
      },
    });
  });
}
