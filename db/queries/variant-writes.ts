/**
 * Small writes of a variant's row, each inside the caller's transaction. They know nothing of
 * permissions, workflow states or messages: server/templates decides, these store.
 */
import { and, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { templateVariants, templateVersions, users, versionEditors, type TranslatedFrom } from "../schema";
import type { DocJSON } from "@/lib/editor/extensions";
import type { Finding } from "@/lib/policy/types";
import type { A11yResult } from "@/lib/a11y/result";
import type { VariantStatus } from "@/lib/templates/model";

/** What the checks found for one variant's content (made outside the transaction: they are pure). */
export interface VariantChecks {
  contentHash: string;
  findings: Finding[];
  policyVersion: string | null;
  a11y: A11yResult | null;
}

export interface VariantContent {
  subject: string;
  doc: DocJSON;
}

/**
 * The stored columns of a check result, counts included (the template list filters on them).
 * `policyCurrent: false` stores the policy result as stale (it was computed from allowed words that
 * changed meanwhile), so the gate and the workspace run it again.
 */
export function checkColumns(checks: VariantChecks, { policyCurrent = true }: { policyCurrent?: boolean } = {}) {
  return {
    contentHash: checks.contentHash,
    policyFindings: checks.findings,
    policyVersion: checks.policyVersion,
    policyContentHash: checks.policyVersion && policyCurrent ? checks.contentHash : null,
    errorCount: checks.findings.filter((f) => f.severity === "error").length,
    warningCount: checks.findings.filter((f) => f.severity === "warning").length,
    a11yResult: checks.a11y,
    a11yContentHash: checks.a11y ? checks.contentHash : null,
    a11yViolationCount: checks.a11y?.violations.length ?? 0,
  };
}

/** The variant row, locked for the rest of the transaction; null when the organisation has none such. */
export async function lockVariant(tx: Executor, organisationId: string, variantId: string) {
  const [row] = await tx
    .select({
      id: templateVariants.id,
      versionId: templateVariants.versionId,
      templateId: templateVariants.templateId,
      locale: templateVariants.locale,
      isSource: templateVariants.isSource,
      status: templateVariants.status,
      revision: templateVariants.revision,
      contentHash: templateVariants.contentHash,
      subject: templateVariants.subject,
      doc: templateVariants.doc,
      updatedAt: templateVariants.updatedAt,
      updatedBy: templateVariants.updatedBy,
    })
    .from(templateVariants)
    .where(and(eq(templateVariants.id, variantId), eq(templateVariants.organisationId, organisationId)))
    .for("update");
  return row ?? null;
}

/** The version a locked variant belongs to, locked too (its state decides whether it may change). */
export async function lockVersionOfVariant(tx: Executor, versionId: string) {
  const [row] = await tx
    .select({ id: templateVersions.id, templateId: templateVersions.templateId, number: templateVersions.number, state: templateVersions.state })
    .from(templateVersions)
    .where(eq(templateVersions.id, versionId))
    .for("update");
  return row;
}

/** Stores new content with its checks, status and revision. */
export async function storeVariantContent(
  tx: Executor,
  variantId: string,
  write: { content: VariantContent; checks: VariantChecks; policyCurrent: boolean; status: VariantStatus; revision: number; actorId: string },
): Promise<void> {
  await tx
    .update(templateVariants)
    .set({
      subject: write.content.subject,
      doc: write.content.doc,
      status: write.status,
      revision: write.revision,
      updatedBy: write.actorId,
      updatedAt: new Date(),
      ...checkColumns(write.checks, { policyCurrent: write.policyCurrent }),
    })
    .where(eq(templateVariants.id, variantId));
}

/** Marks a version's finished translations outdated (their source changed); returns their locales. */
export async function markTranslationsOutdated(tx: Executor, versionId: string): Promise<string[]> {
  const rows = await tx
    .update(templateVariants)
    .set({ status: "outdated", updatedAt: new Date() })
    .where(and(eq(templateVariants.versionId, versionId), eq(templateVariants.isSource, false), eq(templateVariants.status, "translated")))
    .returning({ locale: templateVariants.locale });
  return rows.map((r) => r.locale);
}

/**
 * The version's translations were checked against the source as it was (placeholder and commitment
 * parity): after the source changed their checks are stale, and the gate and the workspace run them again.
 */
export async function markTranslationChecksStale(tx: Executor, versionId: string): Promise<void> {
  await tx.update(templateVariants).set({ policyContentHash: null }).where(and(eq(templateVariants.versionId, versionId), eq(templateVariants.isSource, false)));
}

/** The source variant of a version, as a translation answers to it. */
export async function sourceOfVersion(tx: Executor, versionId: string) {
  const [row] = await tx
    .select({ subject: templateVariants.subject, doc: templateVariants.doc, contentHash: templateVariants.contentHash })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, versionId), eq(templateVariants.isSource, true)));
  return row;
}

/** Stores that a translation is finished, and the source it was translated from. */
export async function storeTranslated(tx: Executor, variantId: string, translatedFrom: TranslatedFrom, actorId: string): Promise<void> {
  await tx.update(templateVariants).set({ status: "translated", translatedFrom, updatedAt: new Date(), updatedBy: actorId }).where(eq(templateVariants.id, variantId));
}

/** Records a member as an editor of the version (four-eyes keeps editors from approving it). */
export async function addVersionEditor(tx: Executor, versionId: string, userId: string): Promise<void> {
  await tx.insert(versionEditors).values({ versionId, userId }).onConflictDoNothing();
}

export async function userName(tx: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** Stores fresh check results, only if the content is still what was checked (a save may have won). */
export async function updateVariantChecks(executor: Executor, variantId: string, checks: VariantChecks): Promise<boolean> {
  const rows = await executor
    .update(templateVariants)
    .set(checkColumns(checks))
    .where(and(eq(templateVariants.id, variantId), eq(templateVariants.contentHash, checks.contentHash)))
    .returning({ id: templateVariants.id });
  return rows.length > 0;
}
