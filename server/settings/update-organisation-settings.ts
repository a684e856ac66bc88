import "server-only";
import { markOpenVersionChecksStale } from "@/db/queries/allowed-words";
import { recordAudit } from "@/db/queries/audit";
import { setOrganisationSettings } from "@/db/queries/organisations";
import { AppError } from "@/lib/errors";
import { sameWordList } from "@/lib/policy/spelling-words";
import type { GuardContext } from "@/server/guard";
import { requireOrganisationSettings } from "./organisation-settings";

export interface SettingsChange {
  name: string;
  requireTwoApprovals: boolean;
  /** Left as it is when not given. */
  requireSecondFactor?: boolean;
  /** Unresolved comment threads block submission; left as it is when not given. */
  threadsBlockSubmission?: boolean;
  allowedWords: string[];
  /** The list the form was loaded with: words added since (an accepted proposal) are kept. */
  allowedWordsLoaded?: string[];
}

/** The submitted words, plus those stored now that the form had not loaded (compared lower-cased). */
function keepWordsAddedMeanwhile(submitted: string[], stored: string[], loaded: string[] | undefined): string[] {
  if (!loaded) return submitted;
  const key = (word: string) => word.toLocaleLowerCase();
  const known = new Set([...loaded, ...submitted].map(key));
  return [...submitted, ...stored.filter((word) => !known.has(key(word)))];
}

/**
 * Changes the caller's organisation's settings and records the change. The caller must hold
 * settings.update (the action's guard).
 */
export async function updateOrganisationSettings(ctx: GuardContext, input: SettingsChange): Promise<void> {
  // An admin who turned the requirement on without a second factor of their own would lock
  // themselves out of this very page.
  if (input.requireSecondFactor && !ctx.secondFactor) {
    throw new AppError("conflict", "errors.invalid_input", {}, { requireSecondFactor: "settings.secondFactorFirst" });
  }
  const organisationId = ctx.organisation.id;
  await ctx.db.transaction(async (tx) => {
    // Locked, so that with two admins saving at once each change starts from what the other stored.
    const before = await requireOrganisationSettings(tx, organisationId, { lock: true });
    const allowedWords = keepWordsAddedMeanwhile(input.allowedWords, before.allowedWords, input.allowedWordsLoaded);
    const requireSecondFactor = input.requireSecondFactor ?? before.requireSecondFactor;
    const threadsBlockSubmission = input.threadsBlockSubmission ?? before.threadsBlockSubmission;
    await setOrganisationSettings(tx, organisationId, { name: input.name, requireTwoApprovals: input.requireTwoApprovals, requireSecondFactor, threadsBlockSubmission, allowedWords });
    const wordsChanged = !sameWordList(before.allowedWords, allowedWords);
    // Spelling results depend on the allowed words: every open version's checks run again.
    if (wordsChanged) await markOpenVersionChecksStale(tx, organisationId);
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: "settings.updated",
      subjectType: "organisation",
      subjectId: organisationId,
      data: {
        from: { name: before.name, requireTwoApprovals: before.requireTwoApprovals, requireSecondFactor: before.requireSecondFactor, threadsBlockSubmission: before.threadsBlockSubmission, allowedWords: before.allowedWords },
        to: { name: input.name, requireTwoApprovals: input.requireTwoApprovals, requireSecondFactor, threadsBlockSubmission, allowedWords },
      },
    });
  });
}
