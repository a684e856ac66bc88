import "server-only";
import type { NormalizeChange } from "@/lib/editor/changes";
import type { DocJSON } from "@/lib/editor/extensions";
import { storedContentOf } from "@/lib/templates/stored-content";
import { canEditVariant } from "@/lib/templates/access";
import { isEmptyDoc } from "@/lib/templates/text";
import { isPurposeId } from "@/lib/policy/purposes";
import { AppError } from "@/lib/errors";
import { getVariantContext, writeVariant, type VariantChecks, type VariantWriteResult } from "@/db/queries/templates";
import type { GuardContext } from "../guard";
import { checkContent } from "./check-content";
import { notify } from "../workflow/notify";
import { applyTransition } from "../workflow/apply-transition";
import type { VariantStatus } from "@/lib/templates/model";
import { POLICY_VERSION } from "@/lib/policy/version";

export interface SaveVariantInput {
  variantId: string;
  baseRevision: number;
  subject: string;
  doc: unknown;
  /** See autosaveRequestSchema.chainedAfter. */
  chainedAfter?: string;
}

export async function loadEditableVariant(ctx: GuardContext, variantId: string) {
  const variant = await getVariantContext(ctx.db, ctx.organisation.id, variantId);
  if (!variant) throw new AppError("not_found");
  if (!canEditVariant(ctx.roles, ctx.locales, variant)) throw new AppError("forbidden", "templates:errors.notYourLocale");
  if (!isPurposeId(variant.purpose)) throw new Error(`template ${variant.templateId} has an unknown purpose`);
  return { ...variant, purpose: variant.purpose };
}

/**
 * Every save: the document is re-parsed through the schema (the client is never trusted), checked
 * against the policy and for accessibility, and written only if nobody saved in between.
 */
export async function saveVariant(
  ctx: GuardContext,
  input: SaveVariantInput,
): Promise<VariantWriteResult & { changes: NormalizeChange[]; subject: string; doc: DocJSON; contentHash: string; checks: VariantChecks }> {
  const normalized = storedContentOf(input.subject, input.doc);
  const subject = normalized.subject;
  const variant = await loadEditableVariant(ctx, input.variantId);
  const empty = isEmptyDoc(normalized.doc) && !subject;
  const hash = normalized.contentHash;
  // Unchanged source content already checked under this policy is not checked again (retries, re-saves);
  // a translation always is, because its placeholder parity depends on the source.
  const unchanged = hash === variant.contentHash && variant.policyContentHash === hash && variant.policyVersion === POLICY_VERSION && variant.a11yContentHash === hash && variant.isSource;
  const checks = unchanged
    ? { contentHash: hash, findings: variant.policyFindings, policyVersion: variant.policyVersion, a11y: variant.a11yResult }
    : await checkContent({
        purpose: variant.purpose,
        locale: variant.locale,
        subject,
        doc: normalized.doc,
        allowedWords: variant.allowedWords,
        sourceDoc: variant.isSource ? undefined : variant.source?.doc,
      });
  let sendMail = async () => undefined as void;
  const result = await writeVariant(ctx.db, {
    organisationId: ctx.organisation.id,
    actorId: ctx.user.id,
    variantId: variant.id,
    baseRevision: input.baseRevision,
    chainedAfter: input.chainedAfter,
    content: { subject, doc: normalized.doc },
    checks,
    authorise: (locked) => {
      if (!canEditVariant(ctx.roles, ctx.locales, locked)) throw new AppError("forbidden", "templates:errors.notYourLocale");
    },
    nextStatus: (current): VariantStatus => {
      if (empty) return "missing";
      if (current.isSource) return "draft";
      // An unchanged finished translation stays finished; any change needs marking again.
      return current.status === "translated" && current.contentHash === checks.contentHash ? "translated" : "draft";
    },
    auditData: normalized.changes.length ? { removed: normalized.changes.map((c) => `${c.kind}×${c.count}`) } : undefined,
    afterWrite: async (tx, written) => {
      // An edit of a version sent back for changes reopens it; the edit itself was authorised above.
      if (written.version.state === "changes_requested") {
        await applyTransition(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id }, written.version, "reopen", {}, { data: { locale: variant.locale, byEdit: true } });
      }
      if (written.outdated.length === 0) return;
      sendMail = await notify(tx, { organisationId: ctx.organisation.id, kind: "outdated", roles: ["translator"], locales: written.outdated, templateId: written.templateId, versionId: written.versionId, data: { name: variant.templateName }, exceptUserId: ctx.user.id });
    },
  });
  await sendMail();
  return { ...result, changes: normalized.changes, subject, doc: normalized.doc, contentHash: hash, checks };
}
