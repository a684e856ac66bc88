import "server-only";
import { getVersion, latestVersion } from "@/db/queries/templates";
import { variantOfVersion } from "@/db/queries/live-version";
import { AppError } from "@/lib/errors";
import { isOpenForEditing } from "@/lib/workflow/state-machine";
import type { GuardContext } from "../guard";
import { saveVariant } from "./save-variant";

/**
 * Copies an older version's content for one locale into the open draft, through the same save as
 * any edit (normalised, checked, conflict-safe). Nothing of the older version changes.
 */
export async function restoreVariantFromVersion(ctx: GuardContext, input: { templateId: string; fromVersionId: string; locale: string }) {
  const [from, draft] = await Promise.all([getVersion(ctx.db, ctx.organisation.id, input.fromVersionId), latestVersion(ctx.db, ctx.organisation.id, input.templateId)]);
  if (!from || from.templateId !== input.templateId || !draft) throw new AppError("not_found");
  if (!isOpenForEditing(draft.state)) throw new AppError("conflict", "templates:errors.noOpenDraft");
  const [source, target] = await Promise.all([variantOfVersion(ctx.db, from.id, input.locale), variantOfVersion(ctx.db, draft.id, input.locale)]);
  if (!source || !target) throw new AppError("not_found");
  return saveVariant(ctx, { variantId: target.id, baseRevision: target.revision, subject: source.subject, doc: source.doc });
}
