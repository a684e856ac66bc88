import "server-only";
import type { Executor } from "@/db/client";
import { markOpenVersionChecksStale } from "@/db/queries/allowed-words";
import { recordAudit } from "@/db/queries/audit";
import { setOrganisationPolicy } from "@/db/queries/organisations";
import { samePolicy, type OrgGlossary, type OrgPolicy } from "@/lib/policy/org-policy";

/** The settings with `glossary` in place of theirs (left out when there is none, as normalise-org-policy stores it). */
export function withGlossary(policy: OrgPolicy, glossary: OrgGlossary | null | undefined): OrgPolicy {
  const { glossary: _previous, ...rest } = policy;
  return glossary ? { ...rest, glossary } : rest;
}

/**
 * The one way changed policy settings are stored, in the caller's transaction (on the row it
 * locked): the column is written, every open version's checks become stale (as a new allowed word
 * makes them), and one audit event is recorded. Settings equal to `before` write nothing and are
 * audited only when `auditUnchanged` (an import is an event even when it changed nothing).
 * Returns whether the settings changed.
 */
export async function storePolicySettings(
  tx: Executor,
  input: { organisationId: string; actorId: string; before: OrgPolicy; after: OrgPolicy; action: string; data: Record<string, unknown>; auditUnchanged?: boolean },
): Promise<boolean> {
  const changed = !samePolicy(input.before, input.after);
  if (changed) {
    await setOrganisationPolicy(tx, input.organisationId, input.after);
    await markOpenVersionChecksStale(tx, input.organisationId);
  }
  if (changed || input.auditUnchanged) {
    await recordAudit(tx, { organisationId: input.organisationId, actorId: input.actorId, action: input.action, subjectType: "organisation", subjectId: input.organisationId, data: input.data });
  }
  return changed;
}
