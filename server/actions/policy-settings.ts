"use server";
import { revalidatePath } from "next/cache";
import { orgPolicySchema } from "@/lib/policy/org-policy";
import { guardedAction } from "../action";
import { updatePolicySettings } from "../settings/update-policy-settings";

/** Link hosts and own rules; a glossary in the input is not read (the glossary page saves it). */
export const updatePolicySettingsAction = guardedAction("settings.update", orgPolicySchema.omit({ glossary: true }), async (input, ctx) => {
  const policy = await updatePolicySettings(ctx, input);
  revalidatePath("/settings/policy");
  return { policy };
});
