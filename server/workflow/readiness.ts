import "server-only";
import type { Executor } from "@/db/client";
import { requireOrganisationSettings } from "@/server/settings/organisation-settings";
import { getTemplate, getVersion, listVariants } from "@/db/queries/templates";
import { listAcknowledgements } from "@/db/queries/workflow";
import { openThreadLocales } from "@/db/queries/threads";
import { listVersionAttachments } from "@/db/queries/attachments";
import { templateFileRulesFor } from "@/lib/attachments/rules";
import { recheckVersionAttachments } from "../attachments/recheck-attachments";
import { findingKeys } from "@/lib/policy/gate";
import { isPurposeId } from "@/lib/policy/purposes";
import { POLICY_VERSION } from "@/lib/policy/version";
import { blockingViolations } from "@/lib/a11y/result";
import { submissionReadiness } from "@/lib/workflow/submission";
import { isEmptyDoc } from "@/lib/templates/text";
import { AppError } from "@/lib/errors";
import { OPEN_VERSION_STATES } from "@/lib/templates/model";
import type { GuardContext } from "../guard";
import { checkContent } from "../templates/check-content";
import { storeRecheckedChecks } from "../templates/store-checks";

export interface Acknowledgement {
  reason: string;
  by: string;
  at: Date;
}

/**
 * A variant's acknowledgements by finding key. An acknowledgement belongs to its finding (rule,
 * flagged text, occurrence: lib/policy/gate.ts), not to the whole text: unrelated edits keep it, a
 * change to the flagged text needs a new one. The latest reason for a key wins.
 */
export function acknowledgementsOf(
  acks: readonly { variantId: string; findingKey: string; reason: string; userName: string; createdAt: Date }[],
  variantId: string,
): Record<string, Acknowledgement> {
  const own = acks.filter((a) => a.variantId === variantId).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return Object.fromEntries(own.map((a) => [a.findingKey, { reason: a.reason, by: a.userName, at: a.createdAt }]));
}

/** Everything the submit screen and the approver see about a version's variants, checks and acknowledgements. */
export async function loadVersionReview(ctx: GuardContext, versionId: string, executor: Executor = ctx.db) {
  const version = await getVersion(executor, ctx.organisation.id, versionId);
  if (!version) throw new AppError("not_found");
  const template = await getTemplate(executor, ctx.organisation.id, version.templateId);
  if (!template || !isPurposeId(template.purpose)) throw new AppError("not_found");
  // Sequential: inside a transaction the executor is one connection.
  const variants = await listVariants(executor, ctx.organisation.id, versionId);
  const acks = await listAcknowledgements(executor, versionId);
  const threadLocales = await openThreadLocales(executor, versionId);
  const files = await listVersionAttachments(executor, ctx.organisation.id, versionId);
  const fileRules = templateFileRulesFor(template.purpose);
  const settings = await requireOrganisationSettings(executor, ctx.organisation.id);
  const detailed = variants.map((variant) => {
    const keys = findingKeys(variant.policyFindings);
    return { ...variant, findingKeys: keys, acknowledgements: acknowledgementsOf(acks, variant.id), attachments: files.filter((f) => f.variantId === variant.id) };
  });
  const readiness = submissionReadiness({
    sourceLocale: template.sourceLocale,
    requiredLocales: template.locales,
    policyVersion: POLICY_VERSION,
    openThreadLocales: threadLocales,
    threadsBlockSubmission: settings.threadsBlockSubmission,
    variants: detailed.map((v) => ({
      locale: v.locale,
      status: v.status,
      empty: isEmptyDoc(v.doc) && !v.subject.trim(),
      contentHash: v.contentHash,
      policy: v.policyVersion && v.policyContentHash
        ? { contentHash: v.policyContentHash, policyVersion: v.policyVersion, findings: v.policyFindings.map((f, i) => ({ ruleId: f.ruleId, severity: f.severity, ackKey: v.findingKeys[i] })) }
        : null,
      acknowledgedWarnings: Object.fromEntries(Object.entries(v.acknowledgements).map(([key, ack]) => [key, ack.reason])),
      a11y: v.a11yResult && v.a11yContentHash ? { contentHash: v.a11yContentHash, violations: blockingViolations(v.a11yResult) } : null,
      attachmentErrors: v.attachments.flatMap((file) => file.findings.filter((f) => f.severity === "error").map((f) => f.ruleId)),
      attachmentsMissing: fileRules ? Math.max(0, fileRules.minFiles - v.attachments.length) : 0,
    })),
  });
  return { template: { ...template, purpose: template.purpose }, version, variants: detailed, readiness, openThreadCount: threadLocales.length };
}

/**
 * Re-runs the policy and accessibility checks of every variant whose stored results are for other
 * content or an older policy: the gate never relies on a stale result.
 */
export async function refreshStaleChecks(ctx: GuardContext, versionId: string): Promise<number> {
  const review = await loadVersionReview(ctx, versionId);
  // A frozen version keeps the checks it was approved with.
  if (!(OPEN_VERSION_STATES as readonly string[]).includes(review.version.state)) return 0;
  const settings = await requireOrganisationSettings(ctx.db, ctx.organisation.id);
  const source = review.variants.find((v) => v.isSource);
  let refreshed = 0;
  for (const variant of review.variants) {
    const empty = isEmptyDoc(variant.doc) && !variant.subject.trim();
    const stale = !empty && (variant.policyContentHash !== variant.contentHash || variant.policyVersion !== POLICY_VERSION || variant.a11yContentHash !== variant.contentHash);
    if (!stale) continue;
    const checks = await checkContent({
      purpose: review.template.purpose,
      locale: variant.locale,
      subject: variant.subject,
      doc: variant.doc,
      allowedWords: settings.allowedWords,
      orgPolicy: settings.policySettings,
      source: variant.isSource ? undefined : source,
    });
    if (await storeRecheckedChecks(ctx.db, { organisationId: ctx.organisation.id, variantId: variant.id, checks, settingsUsed: { allowedWords: settings.allowedWords, orgPolicy: settings.policySettings } })) refreshed++;
  }
  refreshed += await recheckVersionAttachments(ctx, { versionId, purpose: review.template.purpose });
  return refreshed;
}
