import "server-only";
import type { Database, Executor } from "@/db/client";
import { shareLockCheckSettings } from "@/db/queries/organisations";
import { updateVariantChecks, type VariantChecks } from "@/db/queries/variant-writes";
import { EMPTY_ORG_POLICY, samePolicy, type OrgPolicy } from "@/lib/policy/org-policy";
import { sameWordList } from "@/lib/policy/spelling-words";

/** The organisation's settings a check depends on: the allowed words and its policy settings. */
export interface CheckSettings {
  allowedWords: readonly string[];
  orgPolicy: OrgPolicy | null;
}

/**
 * Whether checks computed from `used` still hold when stored in this transaction: the
 * organisation's row is share-locked, so a word or setting changed meanwhile is seen here, and one
 * changed later marks what this transaction stores stale (markOpenVersionChecksStale).
 */
export async function checkSettingsUnchanged(tx: Executor, organisationId: string, used: CheckSettings): Promise<boolean> {
  const current = await shareLockCheckSettings(tx, organisationId);
  return sameWordList(current.allowedWords, used.allowedWords) && samePolicy(current.policySettings ?? EMPTY_ORG_POLICY, used.orgPolicy ?? EMPTY_ORG_POLICY);
}

/**
 * Stores checks that were run again on a variant's stored content, unless the content changed
 * meanwhile or the settings they were computed from did (they would be stored as current although
 * an allowed word is flagged or a new rule not applied). True when stored.
 */
export async function storeRecheckedChecks(db: Database, input: { organisationId: string; variantId: string; checks: VariantChecks; settingsUsed: CheckSettings }): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await checkSettingsUnchanged(tx, input.organisationId, input.settingsUsed))) return false;
    return updateVariantChecks(tx, input.variantId, input.checks);
  });
}
