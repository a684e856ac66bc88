import "server-only";
import { deleteAttachment, getAttachment } from "@/db/queries/attachments";
import { lockVariant, lockVersionOfVariant } from "@/db/queries/variant-writes";
import { canEditVariant } from "@/lib/templates/access";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";
import { assertEditable, recordVariantChange } from "../templates/variant-change";

/** Removes a file from a variant while its version is open; the bytes stay with any version that still uses them. */
export async function removeAttachment(ctx: GuardContext, attachmentId: string): Promise<void> {
  const organisationId = ctx.organisation.id;
  await ctx.db.transaction(async (tx) => {
    const attachment = await getAttachment(tx, organisationId, attachmentId);
    if (!attachment) throw new AppError("not_found");
    const variant = await lockVariant(tx, organisationId, attachment.variantId);
    if (!variant) throw new AppError("not_found");
    if (!canEditVariant(ctx.roles, ctx.locales, variant)) throw new AppError("forbidden", "templates:errors.notYourLocale");
    assertEditable((await lockVersionOfVariant(tx, variant.versionId)).state);
    await deleteAttachment(tx, attachment.id);
    await recordVariantChange(tx, {
      organisationId,
      actorId: ctx.user.id,
      versionId: variant.versionId,
      templateId: variant.templateId,
      action: "attachment.removed",
      data: { locale: variant.locale, attachmentId: attachment.id, fileName: attachment.fileName, sha256: attachment.sha256 },
    });
  });
}
