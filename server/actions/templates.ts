"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { newTemplateSchema } from "@/lib/templates/schemas";
import { guardedAction, guardedFormAction } from "../action";
import { createTemplate } from "../templates/create-template";
import { startNewVersion } from "../templates/start-new-version";
import { markVariantTranslated } from "../templates/mark-translated";
import { restoreVariantFromVersion } from "../templates/restore-version";
import { importTranslation } from "../templates/xliff";
import { recheckVariant } from "../templates/recheck-variant";

export const createTemplateAction = guardedFormAction("templates.create", newTemplateSchema, async (input, ctx) => {
  const { templateId } = await createTemplate(ctx, input);
  revalidatePath("/templates");
  redirect(`/templates/${templateId}`);
});

export const startNewVersionAction = guardedAction(
  "templates.edit",
  z.object({ templateId: z.uuid(), fromVersionId: z.uuid() }),
  async (input, ctx) => {
    const result = await startNewVersion(ctx, input);
    revalidatePath(`/templates/${input.templateId}`);
    return result;
  },
);

export const markTranslatedAction = guardedAction(
  "variants.translate",
  z.object({ variantId: z.uuid(), revision: z.number().int().min(0) }),
  async (input, ctx) => {
    await markVariantTranslated(ctx, input);
    revalidatePath("/translations");
    return { marked: true };
  },
);

export const restoreVersionAction = guardedAction(
  "templates.edit",
  z.object({ templateId: z.uuid(), fromVersionId: z.uuid(), locale: z.string().min(2).max(20) }),
  async (input, ctx) => {
    const result = await restoreVariantFromVersion(ctx, input);
    revalidatePath(`/templates/${input.templateId}`);
    return { ok: result.ok };
  },
);

/** Larger files are refused before being read; importXliff reports anything over its own limit precisely. */
const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

const importSchema = z.object({ templateId: z.uuid(), bytes: z.instanceof(Uint8Array, { message: "validation.invalid_type" }) });

const importXliff = guardedAction("templates.read", importSchema, async (input, ctx) => {
  const outcome = await importTranslation(ctx, { templateId: input.templateId, file: input.bytes });
  if (outcome.ok) revalidatePath(`/templates/${input.templateId}`);
  return outcome;
});

/** Form action for XLIFF import: the file arrives as a File in FormData, not as a plain field. */
export async function importXliffAction(_previous: unknown, formData: FormData) {
  const file = formData.get("file");
  const usable = file instanceof File && file.size > 0 && file.size <= MAX_UPLOAD_BYTES;
  return importXliff({ templateId: formData.get("templateId"), bytes: usable ? new Uint8Array(await file.arrayBuffer()) : null });
}

/**
 * A workspace opened on checks made for other content or an older policy (the allowed words or the
 * policy changed since) asks for them again; reading the text is enough, as the checks are derived
 * from it. Null for a frozen version, which keeps the checks it was approved with.
 */
export const recheckVariantAction = guardedAction("templates.read", z.object({ variantId: z.uuid() }), async (input, ctx) => recheckVariant(ctx, input.variantId));
