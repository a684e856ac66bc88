"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateOrganisationSettings } from "@/db/queries/organisations";
import { AppError } from "@/lib/errors";
import { guardedFormAction } from "../action";

const wordList = z
  .string()
  .max(20_000, "validation.too_big")
  .default("")
  .transform((text) => [...new Set(text.split(/[\n,]/).map((w) => w.trim()).filter(Boolean))].slice(0, 2000));

const settingsSchema = z.object({
  name: z.string().trim().min(1, "validation.name").max(120, "validation.too_big"),
  requireTwoApprovals: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  requireSecondFactor: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  allowedWords: wordList,
  allowedWordsLoaded: wordList.optional(),
});

export const updateSettingsAction = guardedFormAction("settings.update", settingsSchema, async (input, ctx) => {
  // An admin who turned the requirement on without a second factor of their own would lock
  // themselves out of this very page.
  if (input.requireSecondFactor && !ctx.secondFactor) {
    throw new AppError("conflict", "errors.invalid_input", {}, { requireSecondFactor: "settings.secondFactorFirst" });
  }
  await updateOrganisationSettings(ctx.db, { organisationId: ctx.organisation.id, actorId: ctx.user.id, ...input });
  revalidatePath("/settings");
  return { saved: true };
});
