import "server-only";
import { lockVariant, lockVersionOfVariant, sourceOfVersion, storeTranslated } from "@/db/queries/variant-writes";
import { canEditVariant } from "@/lib/templates/access";
import { textWithTokens } from "@/lib/templates/text";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";
import { assertEditable, recordVariantChange } from "./variant-change";
import { rememberTranslations } from "../translation-memory/remember-translations";

/**
 * A translator declares a translation finished: it now answers to the source as it is. Decided on
 * the locked rows: the translator's language, a version open for editing, the revision they saw.
 * Its segments enter the translation memory in the same transaction.
 */
export async function markVariantTranslated(ctx: GuardContext, input: { variantId: string; revision: number }) {
  await ctx.db.transaction(async (tx) => {
    const variant = await lockVariant(tx, ctx.organisation.id, input.variantId);
    if (!variant) throw new AppError("not_found");
    if (!canEditVariant(ctx.roles, ctx.locales, variant)) throw new AppError("forbidden", "templates:errors.notYourLocale");
    if (variant.isSource) throw new AppError("unprocessable", "templates:errors.sourceIsNotTranslated");
    if (variant.status === "missing") throw new AppError("unprocessable", "templates:errors.emptyTranslation");
    const version = await lockVersionOfVariant(tx, variant.versionId);
    assertEditable(version.state);
    if (variant.revision !== input.revision) throw new AppError("conflict", "templates:errors.staleRevision");
    const source = await sourceOfVersion(tx, variant.versionId);
    await storeTranslated(tx, variant.id, { hash: source.contentHash, subject: source.subject, text: textWithTokens(source.doc) }, ctx.user.id);
    await rememberTranslations(tx, { organisationId: ctx.organisation.id, templateId: variant.templateId, versionId: variant.versionId, userId: ctx.user.id, trusted: false, locale: variant.locale });
    await recordVariantChange(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      versionId: variant.versionId,
      templateId: variant.templateId,
      action: "variant.translated",
      data: { locale: variant.locale },
    });
  });
}
