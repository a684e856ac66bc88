"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedFormAction } from "../action";
import { resumeTemplate } from "../sends/resume-template";
import { setProactiveMessagesPaused } from "../sends/pause-proactive-messages";

const note = z.string().trim().min(1, "validation.too_small").max(2000, "validation.too_big");

/** Admins only: the template renders again; the note says why that is safe. */
export const resumeTemplateAction = guardedFormAction("settings.update", z.object({ templateId: z.uuid(), note }), async (input, ctx) => {
  await resumeTemplate(ctx, input);
  revalidatePath(`/templates/${input.templateId}`);
  return { done: true as const };
});

/** Admins only: every proactive message of the organisation is refused (or served again). */
export const setProactivePauseAction = guardedFormAction("settings.update", z.object({ paused: z.enum(["true", "false"]), note }), async (input, ctx) => {
  await setProactiveMessagesPaused(ctx, { paused: input.paused === "true", note: input.note });
  revalidatePath("/settings");
  return { done: true as const };
});
