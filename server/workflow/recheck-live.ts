import "server-only";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { insertRecheck, liveVariants, liveVersionsToRecheck } from "@/db/queries/rechecks";
import { isPurposeId } from "@/lib/policy/purposes";
import { POLICY_VERSION } from "@/lib/policy/version";
import type { Finding } from "@/lib/policy/types";
import { checkContent } from "../templates/check-content";
import { notify } from "./notify";

/**
 * When the policy changes (a new rule, a changed phrase list), every live template approved under an
 * older policy is checked again. Failures land on the "Needs attention" list and notify the authors;
 * buyers keep getting the live version until a fixed one is published.
 */
export async function recheckLiveTemplates(db: Database, policyVersion: string = POLICY_VERSION): Promise<{ checked: number; failing: number }> {
  let checked = 0;
  let failing = 0;
  for (const live of await liveVersionsToRecheck(db, policyVersion)) {
    if (!isPurposeId(live.purpose)) continue;
    const settings = await requireOrganisationSettings(db, live.organisationId);
    const variants = await liveVariants(db, live.versionId);
    const source = variants.find((v) => v.isSource);
    const findings: Array<Finding & { locale: string }> = [];
    for (const variant of variants) {
      const result = await checkContent({ purpose: live.purpose, locale: variant.locale, subject: variant.subject, doc: variant.doc, allowedWords: settings.allowedWords, orgPolicy: settings.policySettings, source: variant.isSource ? undefined : source });
      findings.push(...result.findings.map((f) => ({ ...f, locale: variant.locale })));
    }
    const errorCount = findings.filter((f) => f.severity === "error").length;
    const mail = await db.transaction(async (tx): Promise<() => Promise<void>> => {
      await insertRecheck(tx, { organisationId: live.organisationId, templateId: live.templateId, versionId: live.versionId, policyVersion, findings, errorCount });
      await recordAudit(tx, { organisationId: live.organisationId, actorId: null, action: "policy.rechecked", subjectType: "template", subjectId: live.templateId, data: { policyVersion, errors: errorCount } });
      return errorCount > 0
        ? notify(tx, { organisationId: live.organisationId, kind: "policy_failed", roles: ["author"], templateId: live.templateId, versionId: live.versionId, data: { name: live.name, policy: policyVersion } })
        : async () => undefined;
    });
    await mail();
    checked++;
    if (errorCount > 0) failing++;
  }
  return { checked, failing };
}
