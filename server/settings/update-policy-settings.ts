import "server-only";
import { markOpenVersionChecksStale } from "@/db/queries/allowed-words";
import { recordAudit } from "@/db/queries/audit";
import { setOrganisationPolicy } from "@/db/queries/organisations";
import { AppError } from "@/lib/errors";
import { samePolicy, type OrgPolicy } from "@/lib/policy/org-policy";
import { normalisePolicySettings } from "@/lib/policy/normalise-org-policy";
import { assertCan, type GuardContext } from "@/server/guard";
import { requireOrganisationSettings } from "./organisation-settings";

/**
 * Replaces the organisation's policy settings (allowed link hosts, own rules). Admins only
 * (settings.update, checked here as well as by the action's guard). Nothing is stored when any host or rule is refused. A change
 * makes every open version's checks stale, as a new allowed word does; it is audited with both states.
 */
export async function updatePolicySettings(ctx: GuardContext, input: OrgPolicy): Promise<OrgPolicy> {
  assertCan(ctx, "settings.update");
  const { policy, problems } = normalisePolicySettings(input);
  if (Object.keys(problems).length > 0) throw new AppError("invalid_input", "errors.invalid_input", {}, problems);
  const organisationId = ctx.organisation.id;
  await ctx.db.transaction(async (tx) => {
    const before = await requireOrganisationSettings(tx, organisationId, { lock: true });
    if (samePolicy(before.policySettings, policy)) return;
    await setOrganisationPolicy(tx, organisationId, policy);
    await markOpenVersionChecksStale(tx, organisationId);
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: "settings.policy_updated",
      subjectType: "organisation",
      subjectId: organisationId,
      data: { from: before.policySettings, to: policy },
    });
  });
  return policy;
}
