import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { certificates, organisations, templateVariants, templateVersions, templates, users, versionEditors } from "../schema";
import { checkColumns, type VariantChecks, type VariantContent } from "./variant-writes";
import type { DocJSON } from "@/lib/editor/extensions";
import type { VariantStatus } from "@/lib/templates/model";

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
}

/** Whether the organisation has a template with this key already. */
export async function templateKeyTaken(tx: Executor, organisationId: string, key: string): Promise<boolean> {
  const [existing] = await tx.select({ id: templates.id }).from(templates).where(and(eq(templates.organisationId, organisationId), eq(templates.key, key)));
  return existing !== undefined;
}

/** Inserts a template with version 1 as a draft: the source variant and a missing variant per target locale. */
export async function insertTemplate(tx: Executor, input: NewTemplate) {
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
  return { templateId: template.id, versionId: version.id, locales };
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
      pausedAt: templates.pausedAt,
      pause: templates.pause,
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
      certificateId: certificates.id,
    })
    .from(templateVersions)
    .leftJoin(users, eq(users.id, templateVersions.createdBy))
    .leftJoin(certificates, eq(certificates.versionId, templateVersions.id))
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

/** A template of the organisation, locked for the rest of the transaction (one new version at a time), or null. */
export async function lockTemplate(executor: Executor, organisationId: string, templateId: string) {
  const [row] = await executor.select({ id: templates.id }).from(templates).where(and(eq(templates.id, templateId), eq(templates.organisationId, organisationId))).for("update");
  return row ?? null;
}

export async function insertVersion(
  executor: Executor,
  input: { organisationId: string; templateId: string; number: number; createdBy: string; basedOnVersionId: string },
) {
  const [version] = await executor
    .insert(templateVersions)
    .values({ ...input, state: "draft" })
    .returning({ id: templateVersions.id, number: templateVersions.number });
  return version;
}

/** Copies every variant of one version into another as it is: content, status and checks. */
export async function copyVariants(executor: Executor, fromVersionId: string, toVersionId: string): Promise<void> {
  const variants = await executor.select().from(templateVariants).where(eq(templateVariants.versionId, fromVersionId));
  await executor.insert(templateVariants).values(
    variants.map((v) => ({
      versionId: toVersionId,
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
      orgPolicy: organisations.policySettings,
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

