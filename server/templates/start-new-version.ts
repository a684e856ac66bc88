import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { copyVariants, insertVersion, listVersions, lockTemplate, refreshTemplateSummary } from "@/db/queries/templates";
import { addVersionEditor } from "@/db/queries/variant-writes";
import { copyVersionAttachments } from "@/db/queries/attachments";
import { AppError } from "@/lib/errors";
import { OPEN_VERSION_STATES } from "@/lib/templates/model";
import type { GuardContext } from "../guard";

/**
 * Starts the next version from a frozen one (an edit of a published template): its content and
 * files are copied, translations stay translated because their source is unchanged. Where a version is open
 * already, that one is the answer (created: false). The caller must hold templates.edit (the
 * action's guard).
 */
export async function startNewVersion(ctx: GuardContext, input: { templateId: string; fromVersionId: string }): Promise<{ versionId: string; created: boolean }> {
  const organisationId = ctx.organisation.id;
  return ctx.db.transaction(async (tx) => {
    // The template's lock serialises two starts: only one of them creates the version.
    const template = await lockTemplate(tx, organisationId, input.templateId);
    if (!template) throw new AppError("not_found");
    const versions = await listVersions(tx, organisationId, input.templateId);
    const open = versions.find((v) => OPEN_VERSION_STATES.includes(v.state));
    if (open) return { versionId: open.id, created: false };
    const from = versions.find((v) => v.id === input.fromVersionId);
    if (!from) throw new AppError("not_found");
    const version = await insertVersion(tx, { organisationId, templateId: input.templateId, number: versions[0].number + 1, createdBy: ctx.user.id, basedOnVersionId: from.id });
    await copyVariants(tx, from.id, version.id);
    await copyVersionAttachments(tx, from.id, version.id);
    // Starting a version is authorship: four-eyes keeps its starter from approving it.
    await addVersionEditor(tx, version.id, ctx.user.id);
    await refreshTemplateSummary(tx, input.templateId);
    await recordAudit(tx, {
      organisationId,
      actorId: ctx.user.id,
      action: "version.created",
      subjectType: "template",
      subjectId: input.templateId,
      data: { number: version.number, basedOn: from.number },
    });
    return { versionId: version.id, created: true };
  });
}
