import { NextResponse } from "next/server";
import { guardedRoute } from "@/server/route";
import { toErrorBody } from "@/server/errors";
import { getUiLanguage } from "@/server/ui-language";
import { saveVariant } from "@/server/templates/save-variant";
import { AppError } from "@/lib/errors";
import { autosaveRequestSchema, type AutosaveConflict, type AutosaveSaved } from "@/lib/templates/autosave-contract";

export const dynamic = "force-dynamic";

/**
 * Autosave: 200 with the stored content's hash and checks (and the stored content itself only when
 * it differs from what was sent); 409 with the saved content when someone saved since
 * baseRevision; 422 when the document cannot be a message; 413 when too large.
 */
export const PUT = guardedRoute("variants.edit", autosaveRequestSchema, async (input, ctx) => {
  const result = await saveVariant(ctx, {
    variantId: input.id,
    baseRevision: input.baseRevision,
    subject: input.subject,
    doc: input.doc,
    chainedAfter: input.chainedAfter,
  });
  if (!result.ok) {
    const { body } = toErrorBody(new AppError("conflict", "templates:autosave.conflict"), await getUiLanguage());
    const { revision, subject, doc, updatedByName } = result.conflict;
    return NextResponse.json({ error: body, current: { revision, subject, doc, updatedByName } } satisfies AutosaveConflict, { status: 409 });
  }
  const answer: AutosaveSaved = {
    revision: result.revision,
    status: result.status,
    outdated: result.outdated,
    contentHash: result.contentHash,
    ...(result.contentHash === input.contentHash ? {} : { stored: { subject: result.subject, doc: result.doc, changes: result.changes } }),
    // The checks saveVariant ran (or found stored) for exactly this content.
    findings: result.checks.findings,
    a11y: result.checks.a11y,
  };
  return NextResponse.json(answer);
});
