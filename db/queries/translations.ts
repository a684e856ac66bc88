import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { templateVariants, templateVersions, templates } from "../schema";
import type { VariantStatus } from "@/lib/templates/model";

/** Statuses that mean a translator has work: nothing yet, started, or the source moved on. */
export const TRANSLATION_TODO: VariantStatus[] = ["missing", "draft", "outdated"];

/** A translator's queue: target variants in their locales, of versions still open for work. */
export async function translationQueue(executor: Executor, organisationId: string, locales: string[]) {
  if (locales.length === 0) return [];
  return executor
    .select({
      variantId: templateVariants.id,
      locale: templateVariants.locale,
      status: templateVariants.status,
      updatedAt: templateVariants.updatedAt,
      templateId: templates.id,
      templateName: templates.name,
      templateKey: templates.key,
      versionNumber: templateVersions.number,
      versionState: templateVersions.state,
    })
    .from(templateVariants)
    .innerJoin(templateVersions, eq(templateVersions.id, templateVariants.versionId))
    .innerJoin(templates, eq(templates.id, templateVariants.templateId))
    .where(
      and(
        eq(templateVariants.organisationId, organisationId),
        eq(templateVariants.isSource, false),
        inArray(templateVariants.locale, locales),
        inArray(templateVariants.status, TRANSLATION_TODO),
        inArray(templateVersions.state, ["draft", "changes_requested"]),
      ),
    )
    .orderBy(asc(templateVariants.status), asc(templates.name), asc(templateVariants.locale))
    .limit(500);
}
