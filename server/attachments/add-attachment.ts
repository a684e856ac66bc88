import "server-only";
import { deleteAttachment, getAttachment, insertAttachment, listVersionAttachments, variantHasAttachmentNamed } from "@/db/queries/attachments";
import { getVariantContext } from "@/db/queries/templates";
import { lockVariant, lockVersionOfVariant } from "@/db/queries/variant-writes";
import { megabytes, templateFileRulesFor } from "@/lib/attachments/rules";
import { inspectFile } from "@/lib/attachments/inspect";
import { checkAttachmentText } from "@/lib/attachments/check-text";
import type { AttachmentProblem } from "@/lib/attachments/problems";
import { isPurposeId } from "@/lib/policy/purposes";
import { POLICY_VERSION } from "@/lib/policy/version";
import { canEditVariant } from "@/lib/templates/access";
import { AppError } from "@/lib/errors";
import type { GuardContext } from "../guard";
import { assertEditable, recordVariantChange } from "../templates/variant-change";
import { attachmentStorage } from "./storage";

export interface AddAttachmentInput {
  variantId: string;
  name: string;
  declaredType: string;
  bytes: Uint8Array;
  /** The attachment this file replaces (same variant). */
  replaces?: string | null;
}

/** A file refused as a whole: every problem, for the workspace to list; nothing was stored. */
export class AttachmentRefused extends AppError {
  constructor(readonly problems: AttachmentProblem[]) {
    super("unprocessable", "attachments:errors.refused", { count: problems.length });
  }
}

/**
 * Adds (or replaces) a file on a variant: the file is inspected and refused as a whole when it is
 * not what it claims, unsafe or over the limits the purpose's Amazon operation sets; its text runs
 * through the policy engine like the message's; it is stored by hash and recorded with its
 * findings. Decided on the locked variant and version: only while the version is open, by someone
 * who may edit this variant, who becomes one of its editors (four-eyes).
 */
export async function addAttachment(ctx: GuardContext, input: AddAttachmentInput) {
  const organisationId = ctx.organisation.id;
  // Reading a PDF can take seconds (pdf.js): the file is inspected and checked before any row is
  // locked, with what cannot change under it (the variant's purpose and language); who may edit and
  // whether the version is open are decided again on the locked rows below. Settings changed
  // meanwhile are caught when the version's checks are refreshed (recheck-attachments.ts).
  const context = await getVariantContext(ctx.db, organisationId, input.variantId);
  if (!context || !isPurposeId(context.purpose)) throw new AppError("not_found");
  if (!canEditVariant(ctx.roles, ctx.locales, context)) throw new AppError("forbidden", "templates:errors.notYourLocale");
  assertEditable(context.versionState);
  const rules = templateFileRulesFor(context.purpose);
  if (!rules) throw new AppError("unprocessable", "attachments:errors.notForPurpose");
  const inspected = await inspectFile({ name: input.name, declaredType: input.declaredType, bytes: input.bytes, rules });
  if (!inspected.ok) throw new AttachmentRefused(inspected.problems);
  const file = inspected.file;
  const findings = checkAttachmentText({ pages: file.pages, purpose: context.purpose, locale: context.locale, allowedWords: context.allowedWords, orgPolicy: context.orgPolicy });

  return ctx.db.transaction(async (tx) => {
    const variant = await lockVariant(tx, organisationId, input.variantId);
    if (!variant) throw new AppError("not_found");
    if (!canEditVariant(ctx.roles, ctx.locales, variant)) throw new AppError("forbidden", "templates:errors.notYourLocale");
    assertEditable((await lockVersionOfVariant(tx, variant.versionId)).state);

    const replaced = input.replaces ? await getAttachment(tx, organisationId, input.replaces) : null;
    if (input.replaces && (!replaced || replaced.variantId !== variant.id)) throw new AppError("not_found");
    const kept = (await listVersionAttachments(tx, organisationId, variant.versionId)).filter((other) => other.variantId === variant.id && other.id !== replaced?.id);
    if (kept.length >= rules.maxFiles) throw new AppError("unprocessable", "attachments:errors.tooMany", { max: rules.maxFiles });
    // Amazon's limit is per message: the files of one variant together.
    const total = kept.reduce((sum, other) => sum + other.size, 0) + input.bytes.byteLength;
    if (total > rules.maxTotalBytes) throw new AppError("unprocessable", "attachments:errors.totalTooLarge", { max: megabytes(rules.maxTotalBytes) });

    await attachmentStorage().put(tx, organisationId, file.sha256, input.bytes);
    if (replaced) await deleteAttachment(tx, replaced.id);
    // The name is what the buyer sees: one file per name in a variant.
    if (await variantHasAttachmentNamed(tx, variant.id, file.name)) throw new AppError("conflict", "attachments:errors.nameTaken", { name: file.name });
    const attachment = await insertAttachment(tx, {
      organisationId,
      templateId: variant.templateId,
      versionId: variant.versionId,
      variantId: variant.id,
      locale: variant.locale,
      fileName: file.name,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      pageCount: file.pageCount,
      textPages: file.pages,
      findings,
      policyVersion: POLICY_VERSION,
      createdBy: ctx.user.id,
    });
    await recordVariantChange(tx, {
      organisationId,
      actorId: ctx.user.id,
      versionId: variant.versionId,
      templateId: variant.templateId,
      action: replaced ? "attachment.replaced" : "attachment.added",
      data: { locale: variant.locale, attachmentId: attachment.id, fileName: file.name, sha256: file.sha256, size: file.size, findings: findings.length, ...(replaced ? { replaced: { fileName: replaced.fileName, sha256: replaced.sha256 } } : {}) },
    });
    return attachment;
  });
}
