import "server-only";
import { getTemplate, latestVersion, listVariants } from "@/db/queries/templates";
import { exportXliff, type XliffFile } from "@/lib/xliff/export";
import { importXliff } from "@/lib/xliff/import";
import type { XliffProblem } from "@/lib/xliff/problems";
import { canEditVariant } from "@/lib/templates/access";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";
import { saveVariant } from "./save-variant";
import { listVersionAttachments } from "@/db/queries/attachments";

async function newestWithVariants(ctx: GuardContext, templateId: string) {
  const template = await getTemplate(ctx.db, ctx.organisation.id, templateId);
  const version = template && (await latestVersion(ctx.db, ctx.organisation.id, templateId));
  if (!template || !version) throw new AppError("not_found");
  const variants = await listVariants(ctx.db, ctx.organisation.id, version.id);
  const source = variants.find((v) => v.isSource);
  if (!source) throw new AppError("not_found");
  return { template, version, variants, source };
}

/** The newest version's source with one target language, as XLIFF 2.0 for a translation tool. */
export async function exportTranslation(ctx: GuardContext, input: { templateId: string; locale: string }): Promise<XliffFile> {
  const { template, version, variants, source } = await newestWithVariants(ctx, input.templateId);
  const target = variants.find((v) => v.locale === input.locale && !v.isSource);
  if (!target) throw new AppError("not_found");
  const [file] = exportXliff({
    templateKey: template.key,
    templateName: template.name,
    versionNumber: version.number,
    sourceLocale: source.locale,
    source: { subject: source.subject, doc: source.doc },
    targets: [{ locale: target.locale, subject: target.subject, doc: target.status === "missing" ? null : target.doc }],
    sourceAttachments: (await listVersionAttachments(ctx.db, ctx.organisation.id, version.id)).filter((file) => file.variantId === source.id).map((file) => file.fileName),
  });
  return file;
}

export type ImportOutcome = { ok: true; locale: string } | { ok: false; problems: XliffProblem[] };

/**
 * A translated XLIFF file, validated as a whole (template, version, locale, every unit and
 * placeholder) before anything is written; then one save through the normaliser and the checks.
 */
export async function importTranslation(ctx: GuardContext, input: { templateId: string; file: Uint8Array }): Promise<ImportOutcome> {
  const { template, version, variants, source } = await newestWithVariants(ctx, input.templateId);
  const allowed = variants.filter((v) => !v.isSource && canEditVariant(ctx.roles, ctx.locales, v)).map((v) => v.locale);
  if (allowed.length === 0) throw new AppError("forbidden", "templates:errors.notYourLocale");
  const result = importXliff(input.file, {
    templateKey: template.key,
    versionNumber: version.number,
    sourceLocale: source.locale,
    allowedTargetLocales: allowed,
    sourceSubject: source.subject,
    sourceDoc: source.doc,
  });
  if (!result.ok) return result;
  const target = variants.find((v) => v.locale === result.locale)!;
  const saved = await saveVariant(ctx, { variantId: target.id, baseRevision: target.revision, subject: result.subject, doc: result.doc });
  if (!saved.ok) throw new AppError("conflict", "templates:autosave.conflict");
  return { ok: true, locale: result.locale };
}
