"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedFormAction } from "../action";
import { updateOrganisationSettings } from "../settings/update-organisation-settings";

const wordList = z
  .string()
  .max(20_000, "validation.too_big")
  .default("")
  .transform((text) => [...new Set(text.split(/[\n,]/).map((w) => w.trim()).filter(Boolean))].slice(0, 2000));

const settingsSchema = z.object({
  name: z.string().trim().min(1, "validation.name").max(120, "validation.too_big"),
  requireTwoApprovals: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  requireSecondFactor: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  threadsBlockSubmission: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  allowedWords: wordList,
  allowedWordsLoaded: wordList.optional(),
});

export const updateSettingsAction = guardedFormAction("settings.update", settingsSchema, async (input, ctx) => {
  await updateOrganisationSettings(ctx, input);
  revalidatePath("/settings");
  return { saved: true };
});
