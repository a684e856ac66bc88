import "server-only";
import type { Executor } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { refreshTemplateSummary } from "@/db/queries/templates";
import { addVersionEditor } from "@/db/queries/variant-writes";
import type { VersionState } from "@/lib/templates/model";
import { isFrozen } from "@/lib/templates/model";
import { AppError } from "@/lib/errors";

/** A variant's content or status may change only while its version is open for editing. */
export function assertEditable(state: VersionState): void {
  if (isFrozen(state)) throw new AppError("conflict", "templates:errors.versionFrozen");
  if (state === "in_review") throw new AppError("conflict", "templates:errors.versionInReview");
}

/**
 * What every change to a variant's content or status also does, in its transaction: the actor becomes
 * one of the version's editors (four-eyes), the list summaries follow, and the audit log records it.
 */
export async function recordVariantChange(
  tx: Executor,
  change: { organisationId: string; actorId: string; versionId: string; templateId: string; action: string; data: Record<string, unknown> },
): Promise<void> {
  await addVersionEditor(tx, change.versionId, change.actorId);
  await refreshTemplateSummary(tx, change.templateId);
  await recordAudit(tx, {
    organisationId: change.organisationId,
    actorId: change.actorId,
    action: change.action,
    subjectType: "template",
    subjectId: change.templateId,
    // The version too: the history groups a person's saves per version and language (lib/audit/group).
    data: { versionId: change.versionId, ...change.data },
  });
}
