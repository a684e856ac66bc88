"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { newTemplateSchema } from "@/lib/templates/schemas";
import { startNewVersion } from "@/db/queries/templates";
import { guardedAction, guardedFormAction } from "../action";
import { createTemplate } from "../templates/create-template";
import { markVariantTranslated } from "../templates/mark-translated";
import { restoreVariantFromVersion } from "../templates/restore-version";

export const createTemplateAction = guardedFormAction("templates.create", newTemplateSchema, async (input, ctx) => {
  const { templateId } = await createTemplate(ctx, input);
  revalidatePath("/templates");
  redirect(`/templates/${templateId}`);
});

export const startNewVersionAction = guardedAction(
  "templates.edit",
  z.object({ templateId: z.uuid(), fromVersionId: z.uuid() }),
  async (input, ctx) => {
    const result = await startNewVersion(ctx.db, { organisationId: ctx.organisation.id, actorId: ctx.user.id, ...input });
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
