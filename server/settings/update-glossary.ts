import "server-only";
import { AppError } from "@/lib/errors";
import { normaliseGlossary } from "@/lib/policy/normalise-org-policy";
import type { OrgGlossary } from "@/lib/policy/org-policy";
import { assertCan, type GuardContext } from "@/server/guard";
import { requireOrganisationSettings } from "./organisation-settings";
import { storePolicySettings, withGlossary } from "./store-policy-settings";

/**
 * Replaces the organisation's glossary (entries and its two switches), and nothing else of the
 * policy settings: admins and authors (glossary.edit). Nothing is stored when an entry is refused
 * (problems by field path, as the settings form shows them). A change makes open versions' checks
 * stale and is audited with both glossaries. Returns the glossary as stored (null: none).
 */
export async function updateGlossary(ctx: GuardContext, input: OrgGlossary): Promise<OrgGlossary | null> {
  assertCan(ctx, "glossary.edit");
  const problems: Record<string, string> = {};
  const glossary = normaliseGlossary(input, problems);
  if (Object.keys(problems).length > 0) throw new AppError("invalid_input", "errors.invalid_input", {}, problems);
  const organisationId = ctx.organisation.id;
  await ctx.db.transaction(async (tx) => {
    const before = await requireOrganisationSettings(tx, organisationId, { lock: true });
    const after = withGlossary(before.policySettings, glossary);
    const data = { from: before.policySettings.glossary ?? null, to: glossary };
    await storePolicySettings(tx, { organisationId, actorId: ctx.user.id, before: before.policySettings, after, action: "settings.glossary_updated", data });
  });
  return glossary;
}
