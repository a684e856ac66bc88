"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getVariantContext } from "@/db/queries/templates";
import { AppError } from "@/lib/errors";
import { ONE_WORD } from "@/lib/policy/spelling-words";
import { guardedAction, guardedFormAction } from "../action";
import { allowWord } from "../settings/allow-word";
import { decideWordProposal } from "../settings/decide-word-proposal";
import { recheckVariant } from "../templates/recheck-variant";

/** One word as the spelling check reads one. */
const word = z
  .string()
  .trim()
  .min(2, "validation.too_small")
  .max(100, "validation.too_big")
  .regex(ONE_WORD, "validation.invalid_format");

/**
 * From a spelling finding: adds the word (admins) or proposes it. When the word is allowed now, the
 * variant on screen is checked again at once, so its findings update without another edit.
 */
export const allowWordAction = guardedAction(
  "allowedWords.propose",
  z.object({ word, variantId: z.uuid() }),
  async (input, ctx) => {
    // Where the word was flagged is the organisation's own variant, never an id the client names.
    const variant = await getVariantContext(ctx.db, ctx.organisation.id, input.variantId);
    if (!variant) throw new AppError("not_found");
    const outcome = await allowWord(ctx, { word: input.word, templateId: variant.templateId });
    const allowed = outcome === "added" || outcome === "already_allowed";
    const checks = allowed ? await recheckVariant(ctx, input.variantId) : null;
    if (allowed) {
      revalidatePath("/settings");
      revalidatePath(`/templates/${variant.templateId}`);
    }
    return { outcome, word: input.word, checks };
  },
);

export const decideWordProposalAction = guardedFormAction(
  "settings.update",
  z.object({ proposalId: z.uuid(), decision: z.enum(["accept", "decline"]) }),
  async (input, ctx) => {
    const { word } = await decideWordProposal(ctx, input);
    revalidatePath("/inbox");
    revalidatePath("/settings");
    return { word, decision: input.decision };
  },
);
