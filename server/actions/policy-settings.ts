"use server";
import { revalidatePath } from "next/cache";
import { orgPolicySchema } from "@/lib/policy/org-policy";
import { guardedAction } from "../action";
import { updatePolicySettings } from "../settings/update-policy-settings";

export const updatePolicySettingsAction = guardedAction("settings.update", orgPolicySchema, async (input, ctx) => {
  const policy = await updatePolicySettings(ctx, input);
  revalidatePath("/settings/policy");
  return { policy };
});
