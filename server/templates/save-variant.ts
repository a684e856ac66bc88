import "server-only";
import type { NormalizeChange } from "@/lib/editor/changes";
import type { DocJSON } from "@/lib/editor/extensions";
import { storedContentOf } from "@/lib/templates/stored-content";
import { canEditVariant } from "@/lib/templates/access";
import { isEmptyDoc } from "@/lib/templates/text";
import { isPurposeId } from "@/lib/policy/purposes";
import { AppError } from "@/lib/errors";
import { getVariantContext } from "@/db/queries/templates";
import { lockVariant, lockVersionOfVariant, markTranslationChecksStale, markTranslationsOutdated, storeVariantContent, userName, type VariantChecks } from "@/db/queries/variant-writes";
import type { GuardContext } from "../guard";
import { checkContent } from "./check-content";
import { notify } from "../workflow/notify";
import { applyTransition } from "../workflow/apply-transition";
import { assertEditable, recordVariantChange } from "./variant-change";
import { checkSettingsUnchanged } from "./store-checks";
import type { VariantStatus } from "@/lib/templates/model";
import { POLICY_VERSION } from "@/lib/policy/version";

export type VariantWriteResult =
  | { ok: true; revision: number; status: VariantStatus; outdated: string[] }
  | { ok: false; conflict: { revision: number; subject: string; doc: DocJSON; updatedAt: Date; updatedByName: string | null } };

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
 * against the policy and for accessibility (outside the transaction: the checks are pure), and
 * written only if nobody saved in between. The variant row is locked, so of concurrent saves from
 * the same revision exactly one wins; the others get the winner's content back to merge.
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
        orgPolicy: variant.orgPolicy,
        source: variant.isSource ? undefined : variant.source,
      });
  const nextStatus = (current: { status: VariantStatus; isSource: boolean; contentHash: string }): VariantStatus => {
    if (empty) return "missing";
    if (current.isSource) return "draft";
    // An unchanged finished translation stays finished; any change needs marking again.
    return current.status === "translated" && current.contentHash === checks.contentHash ? "translated" : "draft";
  };
  let sendMail = async () => undefined as void;
  const result = await ctx.db.transaction(async (tx): Promise<VariantWriteResult> => {
    // Checks made from allowed words or policy settings that changed since are stored, but as stale. The row is
    // locked first, in the order adding a word locks (organisation, then variants): no deadlock.
    const policyCurrent = await checkSettingsUnchanged(tx, ctx.organisation.id, { allowedWords: variant.allowedWords, orgPolicy: variant.orgPolicy });
    const current = await lockVariant(tx, ctx.organisation.id, variant.id);
    if (!current) throw new AppError("not_found");
    if (!canEditVariant(ctx.roles, ctx.locales, current)) throw new AppError("forbidden", "templates:errors.notYourLocale");
    const version = await lockVersionOfVariant(tx, current.versionId);
    assertEditable(version.state);
    if (current.revision !== input.baseRevision && current.contentHash === checks.contentHash && current.updatedBy === ctx.user.id) {
      // The same person's same content, saved already (a retry after a lost response): not a conflict.
      return { ok: true, revision: current.revision, status: current.status, outdated: [] };
    }
    const followsOwnSave =
      input.chainedAfter !== undefined &&
      current.revision === input.baseRevision + 1 &&
      current.updatedBy === ctx.user.id &&
      current.contentHash === input.chainedAfter;
    if (current.revision !== input.baseRevision && !followsOwnSave) {
      return {
        ok: false,
        conflict: { revision: current.revision, subject: current.subject, doc: current.doc, updatedAt: current.updatedAt, updatedByName: await userName(tx, current.updatedBy) },
      };
    }
    const status = nextStatus(current);
    const revision = current.revision + 1;
    await storeVariantContent(tx, current.id, { content: { subject, doc: normalized.doc }, checks, policyCurrent, status, revision, actorId: ctx.user.id });
    // A changed source makes the version's finished translations outdated.
    const sourceChanged = current.isSource && current.contentHash !== checks.contentHash;
    const outdated = sourceChanged ? await markTranslationsOutdated(tx, current.versionId) : [];
    if (sourceChanged) await markTranslationChecksStale(tx, current.versionId);
    // An edit of a version sent back for changes reopens it; the edit itself was authorised above.
    if (version.state === "changes_requested") {
      await applyTransition(tx, { organisationId: ctx.organisation.id, actorId: ctx.user.id }, version, "reopen", {}, { data: { locale: current.locale, byEdit: true } });
    }
    await recordVariantChange(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      versionId: current.versionId,
      templateId: current.templateId,
      action: "variant.saved",
      data: {
        locale: current.locale,
        revision,
        status,
        ...(outdated.length ? { outdated } : {}),
        ...(normalized.changes.length ? { removed: normalized.changes.map((c) => `${c.kind}×${c.count}`) } : {}),
      },
    });
    if (outdated.length > 0) {
      sendMail = await notify(tx, { organisationId: ctx.organisation.id, kind: "outdated", roles: ["translator"], locales: outdated, templateId: current.templateId, versionId: current.versionId, data: { name: variant.templateName }, exceptUserId: ctx.user.id });
    }
    return { ok: true, revision, status, outdated };
  });
  await sendMail();
  return { ...result, changes: normalized.changes, subject, doc: normalized.doc, contentHash: hash, checks };
}
