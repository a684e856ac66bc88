import { and, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { templates, templateVariants } from "../schema";

/** The template row, locked for a change of its live version (publish, rollback). */
export async function lockTemplateForGoLive(tx: Executor, templateId: string) {
  const [template] = await tx.select({ id: templates.id, name: templates.name, liveVersionId: templates.liveVersionId }).from(templates).where(eq(templates.id, templateId)).for("update");
  return template;
}

export async function setLiveVersion(tx: Executor, templateId: string, versionId: string): Promise<void> {
  await tx.update(templates).set({ liveVersionId: versionId, updatedAt: new Date() }).where(eq(templates.id, templateId));
}

/** One locale's variant of a version: its content, id and revision (restoring from an older version). */
export async function variantOfVersion(executor: Executor, versionId: string, locale: string) {
  const [row] = await executor
    .select({ id: templateVariants.id, revision: templateVariants.revision, subject: templateVariants.subject, doc: templateVariants.doc })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, versionId), eq(templateVariants.locale, locale)));
  return row ?? null;
}
