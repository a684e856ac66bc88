import "server-only";
import { markTranslated } from "@/db/queries/templates";
import { canEditVariant } from "@/lib/templates/access";
import { textWithTokens } from "@/lib/templates/text";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";

/** A translator declares a translation finished: it now answers to the source as it is. */
export async function markVariantTranslated(ctx: GuardContext, input: { variantId: string; revision: number }) {
  await markTranslated(ctx.db, {
    organisationId: ctx.organisation.id,
    actorId: ctx.user.id,
    variantId: input.variantId,
    revision: input.revision,
    authorise: (variant) => {
      if (!canEditVariant(ctx.roles, ctx.locales, variant)) throw new AppError("forbidden", "templates:errors.notYourLocale");
    },
    translatedFrom: (source) => ({ hash: source.contentHash, subject: source.subject, text: textWithTokens(source.doc) }),
  });
}
