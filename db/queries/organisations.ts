import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { organisations } from "../schema";
import type { OrgPolicy } from "@/lib/policy/org-policy";

/** The organisation's settings, or null for an unknown id; `lock` holds the row for the transaction. */
export async function getOrganisationSettings(executor: Executor, organisationId: string, options: { lock?: boolean } = {}) {
  const query = executor
    .select({ id: organisations.id, name: organisations.name, requireTwoApprovals: organisations.requireTwoApprovals, requireSecondFactor: organisations.requireSecondFactor, threadsBlockSubmission: organisations.threadsBlockSubmission, allowedWords: organisations.allowedWords, policySettings: organisations.policySettings, proactivePausedAt: organisations.proactivePausedAt })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export type OrganisationSettings = NonNullable<Awaited<ReturnType<typeof getOrganisationSettings>>>;

export async function setOrganisationSettings(
  executor: Executor,
  organisationId: string,
  values: { name: string; requireTwoApprovals: boolean; requireSecondFactor: boolean; threadsBlockSubmission: boolean; allowedWords: string[] },
): Promise<void> {
  await executor.update(organisations).set(values).where(eq(organisations.id, organisationId));
}

/** Replaces the organisation's policy settings (validated by the caller, server/settings/update-policy-settings.ts). */
export async function setOrganisationPolicy(executor: Executor, organisationId: string, policySettings: OrgPolicy): Promise<void> {
  await executor.update(organisations).set({ policySettings }).where(eq(organisations.id, organisationId));
}

export async function insertOrganisation(executor: Executor, name: string) {
  const [row] = await executor.insert(organisations).values({ name }).returning({ id: organisations.id, name: organisations.name });
  return row;
}

/**
 * The organisation's allowed words and policy settings, share-locked until the transaction ends: a
 * word being added (addAllowedWord locks the row for update; so does a settings change) is either in the list returned or added after this
 * transaction, when it marks the checks stored here stale. Checks computed from another list are
 * then known to be stale before they are stored.
 */
export async function shareLockCheckSettings(tx: Executor, organisationId: string): Promise<{ allowedWords: string[]; policySettings: OrgPolicy | null }> {
  const [row] = await tx.select({ allowedWords: organisations.allowedWords, policySettings: organisations.policySettings }).from(organisations).where(eq(organisations.id, organisationId)).for("share");
  return { allowedWords: row?.allowedWords ?? [], policySettings: row?.policySettings ?? null };
}
