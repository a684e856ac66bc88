import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { organisations, templateVariants, templateVersions, templates, users, versionEditors, type TranslatedFrom } from "../schema";
import { recordAudit } from "./audit";
import type { DocJSON } from "@/lib/editor/extensions";
import type { Finding } from "@/lib/policy/types";
import type { A11yResult } from "@/lib/a11y/result";
import { OPEN_VERSION_STATES, isFrozen, type VariantStatus, type VersionState } from "@/lib/templates/model";
import { AppError } from "@/lib/errors";

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

function checkColumns(checks: VariantChecks) {
  return {
    contentHash: checks.contentHash,
    policyFindings: checks.findings,
    policyVersion: checks.policyVersion,
    policyContentHash: checks.policyVersion ? checks.contentHash : null,
    errorCount: checks.findings.filter((f) => f.severity === "error").length,
    warningCount: checks.findings.filter((f) => f.severity === "warning").length,
    a11yResult: checks.a11y,
    a11yContentHash: checks.a11y ? checks.contentHash : null,
    a11yViolationCount: checks.a11y?.violations.length ?? 0,
  };
}

export interface NewTemplate {
  organisationId: string;
  actorId: string;
  key: string;
  name: string;
  purpose: string;
  sourceLocale: string;
  targetLocales: string[];
  source: VariantContent & { checks: VariantChecks; status: VariantStatus };
  emptyChecks: VariantChecks;
  emptyDoc: DocJSON;
  afterWrite?: (tx: Executor, created: { templateId: string; versionId: string }) => Promise<void>;
}

/** A template with version 1 as a draft: the source variant and a missing variant per target locale. */
export async function insertTemplate(db: Database, input: NewTemplate) {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: templates.id })
      .from(templates)
      .where(and(eq(templates.organisationId, input.organisationId), eq(templates.key, input.key)));
    if (existing) throw new AppError("conflict", "templates:errors.keyTaken", { key: input.key }, { key: "templates:errors.keyTaken" });
    const locales = [input.sourceLocale, ...input.targetLocales.filter((l) => l !== input.sourceLocale)];
    const [template] = await tx
      .insert(templates)
      .values({
        organisationId: input.organisationId,
        key: input.key,
        name: input.name,
        purpose: input.purpose,
        sourceLocale: input.sourceLocale,
        locales,
        createdBy: input.actorId,
        status: "draft",
        needsTranslation: locales.length > 1,
        hasErrors: countsAsError(input.source.checks),
      })
      .returning({ id: templates.id });
    const [version] = await tx
      .insert(templateVersions)
      .values({ templateId: template.id, organisationId: input.organisationId, number: 1, state: "draft", createdBy: input.actorId })
      .returning({ id: templateVersions.id });
    await tx.insert(templateVariants).values([
      {
        versionId: version.id,
        templateId: template.id,
        organisationId: input.organisationId,
        locale: input.sourceLocale,
        isSource: true,
        subject: input.source.subject,
        doc: input.source.doc,
        status: input.source.status,
        updatedBy: input.actorId,
        ...checkColumns(input.source.checks),
      },
      ...locales.slice(1).map((locale) => ({
        versionId: version.id,
        templateId: template.id,
        organisationId: input.organisationId,
        locale,
        isSource: false,
        subject: "",
        doc: input.emptyDoc,
        status: "missing" as const,
        ...checkColumns(input.emptyChecks),
      })),
    ]);
    await tx.insert(versionEditors).values({ versionId: version.id, userId: input.actorId });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "template.created",
      subjectType: "template",
      subjectId: template.id,
      data: { key: input.key, name: input.name, purpose: input.purpose, locales },
    });
    await input.afterWrite?.(tx, { templateId: template.id, versionId: version.id });
    return { templateId: template.id, versionId: version.id };
  });
}

function countsAsError(checks: VariantChecks): boolean {
  return checks.findings.some((f) => f.severity === "error") || (checks.a11y?.violations.length ?? 0) > 0;
}

export async function getTemplate(executor: Executor, organisationId: string, templateId: string) {
  const [row] = await executor
    .select({
      id: templates.id,
      key: templates.key,
      name: templates.name,
      purpose: templates.purpose,
      sourceLocale: templates.sourceLocale,
      locales: templates.locales,
      liveVersionId: templates.liveVersionId,
      status: templates.status,
      updatedAt: templates.updatedAt,
    })
    .from(templates)
    .where(and(eq(templates.id, templateId), eq(templates.organisationId, organisationId)));
  return row ?? null;
}

export async function listVersions(executor: Executor, organisationId: string, templateId: string) {
  return executor
    .select({
      id: templateVersions.id,
      number: templateVersions.number,
      state: templateVersions.state,
      createdAt: templateVersions.createdAt,
      updatedAt: templateVersions.updatedAt,
      submittedAt: templateVersions.submittedAt,
      approvedAt: templateVersions.approvedAt,
      publishedAt: templateVersions.publishedAt,
      createdByName: users.name,
      approvedContentHash: templateVersions.approvedContentHash,
    })
    .from(templateVersions)
    .leftJoin(users, eq(users.id, templateVersions.createdBy))
    .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.organisationId, organisationId)))
    .orderBy(desc(templateVersions.number));
}

export const variantColumns = {
  id: templateVariants.id,
  versionId: templateVariants.versionId,
  templateId: templateVariants.templateId,
  locale: templateVariants.locale,
  isSource: templateVariants.isSource,
  subject: templateVariants.subject,
  doc: templateVariants.doc,
  status: templateVariants.status,
  revision: templateVariants.revision,
  contentHash: templateVariants.contentHash,
  translatedFrom: templateVariants.translatedFrom,
  policyFindings: templateVariants.policyFindings,
  policyVersion: templateVariants.policyVersion,
  policyContentHash: templateVariants.policyContentHash,
  errorCount: templateVariants.errorCount,
  warningCount: templateVariants.warningCount,
  a11yResult: templateVariants.a11yResult,
  a11yContentHash: templateVariants.a11yContentHash,
  a11yViolationCount: templateVariants.a11yViolationCount,
  updatedAt: templateVariants.updatedAt,
};

export type VariantRow = Awaited<ReturnType<typeof listVariants>>[number];

export async function listVariants(executor: Executor, organisationId: string, versionId: string) {
  return executor
    .select(variantColumns)
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, versionId), eq(templateVariants.organisationId, organisationId)))
    .orderBy(desc(templateVariants.isSource), asc(templateVariants.locale));
}

function selectVersion(executor: Executor, organisationId: string, versionId: string) {
  return executor
    .select({
      id: templateVersions.id,
      templateId: templateVersions.templateId,
      number: templateVersions.number,
      state: templateVersions.state,
      approvedContentHash: templateVersions.approvedContentHash,
      approvedPolicyVersion: templateVersions.approvedPolicyVersion,
      submittedBy: templateVersions.submittedBy,
      submittedAt: templateVersions.submittedAt,
    })
    .from(templateVersions)
    .where(and(eq(templateVersions.id, versionId), eq(templateVersions.organisationId, organisationId)));
}

export async function getVersion(executor: Executor, organisationId: string, versionId: string) {
  const [row] = await selectVersion(executor, organisationId, versionId);
  return row ?? null;
}

/** The same, locked for the rest of the transaction: every workflow transition starts here. */
export async function lockVersion(executor: Executor, organisationId: string, versionId: string) {
  const [row] = await selectVersion(executor, organisationId, versionId).for("update");
  return row ?? null;
}

/** The newest version of a template: the one work happens in. */
export async function latestVersion(executor: Executor, organisationId: string, templateId: string) {
  const [row] = await executor
    .select({ id: templateVersions.id, number: templateVersions.number, state: templateVersions.state })
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.organisationId, organisationId)))
    .orderBy(desc(templateVersions.number))
    .limit(1);
  return row ?? null;
}

export interface VariantWrite {
  organisationId: string;
  actorId: string;
  variantId: string;
  baseRevision: number;
  /**
   * Hash of the content the same editor sent just before, possibly still unanswered: when that
   * content is the one write since baseRevision, by the same person, this write follows it.
   */
  chainedAfter?: string;
  content: VariantContent;
  checks: VariantChecks;
  /** Decides the status after the write from the variant as it was (inside the lock). */
  nextStatus: (current: { status: VariantStatus; isSource: boolean; contentHash: string }) => VariantStatus;
  /** Extra guard on the locked row (e.g. the translator's locales); throws to refuse. */
  authorise: (variant: { locale: string; isSource: boolean }) => void;
  auditData?: Record<string, unknown>;
  /**
   * More writes that belong to this save, in the same transaction: the version's state change (an
   * edit reopens a version sent back for changes) and notifications. The version is locked.
   */
  afterWrite: (tx: Executor, written: { templateId: string; versionId: string; outdated: string[]; version: { id: string; templateId: string; number: number; state: VersionState } }) => Promise<void>;
}

export type VariantWriteResult =
  | { ok: true; revision: number; status: VariantStatus; outdated: string[] }
  | { ok: false; conflict: { revision: number; subject: string; doc: DocJSON; updatedAt: Date; updatedByName: string | null } };

/**
 * Writes a variant's content when it is still at the revision the editor started from. Locks the
 * row, so of concurrent saves from the same revision exactly one wins; the others get the winner's
 * content back to merge. A changed source marks the version's finished translations outdated.
 */
export async function writeVariant(db: Database, write: VariantWrite): Promise<VariantWriteResult> {
  return db.transaction(async (tx) => {
    const [current] = await tx
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
      .where(and(eq(templateVariants.id, write.variantId), eq(templateVariants.organisationId, write.organisationId)))
      .for("update");
    if (!current) throw new AppError("not_found");
    write.authorise(current);
    const [version] = await tx
      .select({ id: templateVersions.id, templateId: templateVersions.templateId, number: templateVersions.number, state: templateVersions.state })
      .from(templateVersions)
      .where(eq(templateVersions.id, current.versionId))
      .for("update");
    assertEditable(version.state);
    if (current.revision !== write.baseRevision && current.contentHash === write.checks.contentHash && current.updatedBy === write.actorId) {
      // The same person's same content, saved already (a retry after a lost response): not a conflict.
      return { ok: true as const, revision: current.revision, status: current.status, outdated: [] };
    }
    const followsOwnSave =
      write.chainedAfter !== undefined &&
      current.revision === write.baseRevision + 1 &&
      current.updatedBy === write.actorId &&
      current.contentHash === write.chainedAfter;
    if (current.revision !== write.baseRevision && !followsOwnSave) {
      const [editor] = current.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, current.updatedBy)) : [];
      return {
        ok: false as const,
        conflict: { revision: current.revision, subject: current.subject, doc: current.doc, updatedAt: current.updatedAt, updatedByName: editor?.name ?? null },
      };
    }
    const status = write.nextStatus(current);
    const revision = current.revision + 1;
    await tx
      .update(templateVariants)
      .set({ subject: write.content.subject, doc: write.content.doc, status, revision, updatedBy: write.actorId, updatedAt: new Date(), ...checkColumns(write.checks) })
      .where(eq(templateVariants.id, current.id));
    let outdated: string[] = [];
    if (current.isSource && current.contentHash !== write.checks.contentHash) {
      const rows = await tx
        .update(templateVariants)
        .set({ status: "outdated", updatedAt: new Date() })
        .where(and(eq(templateVariants.versionId, current.versionId), eq(templateVariants.isSource, false), eq(templateVariants.status, "translated")))
        .returning({ locale: templateVariants.locale });
      outdated = rows.map((r) => r.locale);
    }
    await recordVariantChange(tx, {
      organisationId: write.organisationId,
      actorId: write.actorId,
      versionId: current.versionId,
      templateId: current.templateId,
      action: "variant.saved",
      data: { locale: current.locale, revision, status, ...(outdated.length ? { outdated } : {}), ...write.auditData },
    });
    await write.afterWrite(tx, { templateId: current.templateId, versionId: current.versionId, outdated, version });
    return { ok: true as const, revision, status, outdated };
  });
}

/**
 * What every change to a variant's content or status also does, in its transaction: the actor becomes
 * one of the version's editors (four-eyes), the list summaries follow, and the audit log records it.
 */
async function recordVariantChange(
  tx: Executor,
  change: { organisationId: string; actorId: string; versionId: string; templateId: string; action: string; data: Record<string, unknown> },
): Promise<void> {
  await tx.insert(versionEditors).values({ versionId: change.versionId, userId: change.actorId }).onConflictDoNothing();
  await refreshTemplateSummary(tx, change.templateId);
  await recordAudit(tx, {
    organisationId: change.organisationId,
    actorId: change.actorId,
    action: change.action,
    subjectType: "template",
    subjectId: change.templateId,
    data: change.data,
  });
}

export function assertEditable(state: VersionState): void {
  if (isFrozen(state)) throw new AppError("conflict", "templates:errors.versionFrozen");
  if (state === "in_review") throw new AppError("conflict", "templates:errors.versionInReview");
}

/** Sets a finished translation's status and records which source it was translated from. */
export async function markTranslated(
  db: Database,
  input: { organisationId: string; actorId: string; variantId: string; revision: number; authorise: (v: { locale: string; isSource: boolean }) => void; translatedFrom: (sourceVariant: { subject: string; doc: DocJSON; contentHash: string }) => TranslatedFrom },
) {
  return db.transaction(async (tx) => {
    const [variant] = await tx
      .select({ id: templateVariants.id, versionId: templateVariants.versionId, templateId: templateVariants.templateId, locale: templateVariants.locale, isSource: templateVariants.isSource, revision: templateVariants.revision, status: templateVariants.status })
      .from(templateVariants)
      .where(and(eq(templateVariants.id, input.variantId), eq(templateVariants.organisationId, input.organisationId)))
      .for("update");
    if (!variant) throw new AppError("not_found");
    input.authorise(variant);
    if (variant.isSource) throw new AppError("unprocessable", "templates:errors.sourceIsNotTranslated");
    if (variant.status === "missing") throw new AppError("unprocessable", "templates:errors.emptyTranslation");
    const [version] = await tx.select({ state: templateVersions.state }).from(templateVersions).where(eq(templateVersions.id, variant.versionId)).for("update");
    assertEditable(version.state);
    if (variant.revision !== input.revision) throw new AppError("conflict", "templates:errors.staleRevision");
    const [source] = await tx
      .select({ subject: templateVariants.subject, doc: templateVariants.doc, contentHash: templateVariants.contentHash })
      .from(templateVariants)
      .where(and(eq(templateVariants.versionId, variant.versionId), eq(templateVariants.isSource, true)));
    await tx
      .update(templateVariants)
      .set({ status: "translated", translatedFrom: input.translatedFrom(source), updatedAt: new Date(), updatedBy: input.actorId })
      .where(eq(templateVariants.id, variant.id));
    await recordVariantChange(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      versionId: variant.versionId,
      templateId: variant.templateId,
      action: "variant.translated",
      data: { locale: variant.locale },
    });
  });
}

/**
 * Recomputes the list summaries of a template from its newest version: state, whether any required
 * locale still needs translating, and whether any variant has a blocking finding.
 */
export async function refreshTemplateSummary(executor: Executor, templateId: string): Promise<void> {
  const [newest] = await executor
    .select({ id: templateVersions.id, state: templateVersions.state })
    .from(templateVersions)
    .where(eq(templateVersions.templateId, templateId))
    .orderBy(desc(templateVersions.number))
    .limit(1);
  if (!newest) return;
  const [summary] = await executor
    .select({
      needsTranslation: sql<boolean>`bool_or(not ${templateVariants.isSource} and ${templateVariants.status} <> 'translated')`,
      hasErrors: sql<boolean>`bool_or(${templateVariants.errorCount} > 0 or ${templateVariants.a11yViolationCount} > 0)`,
    })
    .from(templateVariants)
    .where(eq(templateVariants.versionId, newest.id));
  await executor
    .update(templates)
    .set({ status: newest.state, needsTranslation: summary?.needsTranslation ?? false, hasErrors: summary?.hasErrors ?? false, updatedAt: new Date() })
    .where(eq(templates.id, templateId));
}

/**
 * Starts the next version from a frozen one (an edit of a published template): its content is
 * copied, translations stay translated because their source is unchanged.
 */
export async function startNewVersion(db: Database, input: { organisationId: string; actorId: string; templateId: string; fromVersionId: string }) {
  return db.transaction(async (tx) => {
    const [template] = await tx.select({ id: templates.id }).from(templates).where(and(eq(templates.id, input.templateId), eq(templates.organisationId, input.organisationId))).for("update");
    if (!template) throw new AppError("not_found");
    const versions = await tx
      .select({ id: templateVersions.id, number: templateVersions.number, state: templateVersions.state })
      .from(templateVersions)
      .where(eq(templateVersions.templateId, input.templateId))
      .orderBy(desc(templateVersions.number));
    const open = versions.find((v) => OPEN_VERSION_STATES.includes(v.state));
    if (open) return { versionId: open.id, created: false };
    const from = versions.find((v) => v.id === input.fromVersionId);
    if (!from) throw new AppError("not_found");
    const [version] = await tx
      .insert(templateVersions)
      .values({ templateId: input.templateId, organisationId: input.organisationId, number: versions[0].number + 1, state: "draft", createdBy: input.actorId, basedOnVersionId: from.id })
      .returning({ id: templateVersions.id, number: templateVersions.number });
    const variants = await tx.select().from(templateVariants).where(eq(templateVariants.versionId, from.id));
    await tx.insert(templateVariants).values(
      variants.map((v) => ({
        versionId: version.id,
        templateId: v.templateId,
        organisationId: v.organisationId,
        locale: v.locale,
        isSource: v.isSource,
        subject: v.subject,
        doc: v.doc,
        status: v.status,
        contentHash: v.contentHash,
        translatedFrom: v.translatedFrom,
        policyFindings: v.policyFindings,
        policyVersion: v.policyVersion,
        policyContentHash: v.policyContentHash,
        errorCount: v.errorCount,
        warningCount: v.warningCount,
        a11yResult: v.a11yResult,
        a11yContentHash: v.a11yContentHash,
        a11yViolationCount: v.a11yViolationCount,
        updatedBy: v.updatedBy,
      })),
    );
    // Starting a version is authorship: four-eyes keeps its starter from approving it.
    await tx.insert(versionEditors).values({ versionId: version.id, userId: input.actorId }).onConflictDoNothing();
    await refreshTemplateSummary(tx, input.templateId);
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "version.created",
      subjectType: "template",
      subjectId: input.templateId,
      data: { number: version.number, basedOn: from.number },
    });
    return { versionId: version.id, created: true };
  });
}

export async function versionEditorIds(executor: Executor, versionId: string): Promise<string[]> {
  const rows = await executor.select({ userId: versionEditors.userId }).from(versionEditors).where(eq(versionEditors.versionId, versionId));
  return rows.map((r) => r.userId);
}

export async function variantsOfVersions(executor: Executor, organisationId: string, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return executor
    .select({ versionId: templateVariants.versionId, locale: templateVariants.locale, subject: templateVariants.subject, doc: templateVariants.doc, isSource: templateVariants.isSource })
    .from(templateVariants)
    .where(and(inArray(templateVariants.versionId, versionIds), eq(templateVariants.organisationId, organisationId)));
}

/** A variant with what saving it needs: its template's purpose, the source document, allowed words. */
export async function getVariantContext(executor: Executor, organisationId: string, variantId: string) {
  const [variant] = await executor
    .select({
      ...variantColumns,
      purpose: templates.purpose,
      templateKey: templates.key,
      templateName: templates.name,
      sourceLocale: templates.sourceLocale,
      versionState: templateVersions.state,
      versionNumber: templateVersions.number,
      allowedWords: organisations.allowedWords,
    })
    .from(templateVariants)
    .innerJoin(templates, eq(templates.id, templateVariants.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, templateVariants.versionId))
    .innerJoin(organisations, eq(organisations.id, templateVariants.organisationId))
    .where(and(eq(templateVariants.id, variantId), eq(templateVariants.organisationId, organisationId)));
  if (!variant) return null;
  const [source] = await executor
    .select({ id: templateVariants.id, subject: templateVariants.subject, doc: templateVariants.doc, contentHash: templateVariants.contentHash, locale: templateVariants.locale, revision: templateVariants.revision })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, variant.versionId), eq(templateVariants.isSource, true)));
  return { ...variant, source: source ?? null };
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
