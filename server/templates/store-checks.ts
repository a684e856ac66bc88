import "server-only";
import type { Database, Executor } from "@/db/client";
import { shareLockAllowedWords } from "@/db/queries/allowed-words";
import { updateVariantChecks, type VariantChecks } from "@/db/queries/variant-writes";
import { sameWordList } from "@/lib/policy/spelling-words";

/**
 * Whether checks computed from `allowedWordsUsed` still hold when stored in this transaction: the
 * organisation's list is share-locked, so a word added meanwhile is seen here, and one added later
 * marks what this transaction stores stale (markOpenVersionChecksStale).
 */
export async function allowedWordsUnchanged(tx: Executor, organisationId: string, allowedWordsUsed: readonly string[]): Promise<boolean> {
  const current = await shareLockAllowedWords(tx, organisationId);
  return sameWordList(current, allowedWordsUsed);
}

/**
 * Stores checks that were run again on a variant's stored content, unless the content changed
 * meanwhile or the allowed words they were computed from did (they would be stored as current
 * although an allowed word is flagged). True when stored.
 */
export async function storeRecheckedChecks(db: Database, input: { organisationId: string; variantId: string; checks: VariantChecks; allowedWordsUsed: readonly string[] }): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await allowedWordsUnchanged(tx, input.organisationId, input.allowedWordsUsed))) return false;
    return updateVariantChecks(tx, input.variantId, input.checks);
  });
}
