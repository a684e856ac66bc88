import "server-only";
import { AppError } from "@/lib/errors";
import type { OrgPolicy } from "@/lib/policy/org-policy";
import { normalisePolicySettings } from "@/lib/policy/normalise-org-policy";
import { assertCan, type GuardContext } from "@/server/guard";
import { requireOrganisationSettings } from "./organisation-settings";
import { storePolicySettings, withGlossary } from "./store-policy-settings";

/** What Settings → Policy edits: the glossary has its own page and writer (update-glossary.ts). */
export type PolicyRulesInput = Pick<OrgPolicy, "linkHosts" | "rules">;

/**
 * Replaces the organisation's allowed link hosts and own rules; the stored glossary is kept as it
 * is. Admins only (settings.update, checked here as well as by the action's guard). Nothing is
 * stored when any host or rule is refused. A change makes every open version's checks stale; it is
 * audited with both states.
 */
export async function updatePolicySettings(ctx: GuardContext, input: PolicyRulesInput): Promise<OrgPolicy> {
  assertCan(ctx, "settings.update");
  const { policy, problems } = normalisePolicySettings({ linkHosts: input.linkHosts, rules: input.rules });
  if (Object.keys(problems).length > 0) throw new AppError("invalid_input", "errors.invalid_input", {}, problems);
  const organisationId = ctx.organisation.id;
  return ctx.db.transaction(async (tx) => {
    const before = await requireOrganisationSettings(tx, organisationId, { lock: true });
    const after = withGlossary(policy, before.policySettings.glossary);
    await storePolicySettings(tx, { organisationId, actorId: ctx.user.id, before: before.policySettings, after, action: "settings.policy_updated", data: { from: before.policySettings, to: after } });
    return after;
  });
}
