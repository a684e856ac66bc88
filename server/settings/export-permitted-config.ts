import "server-only";
import { PERMITTED_CONFIG_FORMAT, type PermittedConfig } from "@/lib/policy/org-policy";
import { POLICY_VERSION } from "@/lib/policy/version";
import { assertCan, type GuardContext } from "@/server/guard";
import { requireOrganisationSettings } from "./organisation-settings";

/**
 * The organisation's policy settings as `permitted.json`, the file `permitted check --config` reads,
 * so a seller's own CI gives the studio's verdicts.
 */
export async function exportPermittedConfig(ctx: GuardContext, now = new Date()): Promise<PermittedConfig> {
  assertCan(ctx, "settings.read");
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  return { format: PERMITTED_CONFIG_FORMAT, organisation: settings.name, exportedAt: now.toISOString(), policyVersion: POLICY_VERSION, policy: settings.policySettings };
}
