import { NextResponse } from "next/server";
import { z } from "zod";
import { guardedRoute } from "@/server/route";
import { toErrorBody } from "@/server/errors";
import { getUiLanguage } from "@/server/ui-language";
import { saveVariant } from "@/server/templates/save-variant";
import { getVariantContext } from "@/db/queries/templates";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  id: z.uuid(),
  baseRevision: z.number().int().min(0),
  subject: z.string().max(1000, "validation.too_big"),
  doc: z.unknown(),
});

/**
 * Autosave: 200 with the stored (normalised) content and its checks; 409 with the saved content when
 * someone saved since baseRevision; 422 when the document cannot be a message; 413 when too large.
 */
export const PUT = guardedRoute("templates.read", bodySchema, async (input, ctx) => {
  const result = await saveVariant(ctx, { variantId: input.id, baseRevision: input.baseRevision, subject: input.subject, doc: input.doc });
  if (!result.ok) {
    const { body } = toErrorBody(new AppError("conflict", "templates:autosave.conflict"), await getUiLanguage());
    return NextResponse.json({ error: body, current: result.conflict }, { status: 409 });
  }
  const stored = await getVariantContext(ctx.db, ctx.organisation.id, input.id);
  return NextResponse.json({
    revision: result.revision,
    status: result.status,
    outdated: result.outdated,
    subject: result.subject,
    doc: result.doc,
    changes: result.changes,
    findings: stored?.policyFindings ?? [],
    a11y: stored?.a11yResult ?? null,
  });
});
