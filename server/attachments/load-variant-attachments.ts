import "server-only";
import { listVersionAttachments } from "@/db/queries/attachments";
import { templateFileRulesFor } from "@/lib/attachments/rules";
import type { PurposeId } from "@/lib/policy/purposes";
import type { GuardContext } from "../guard";
import { attachmentView, type AttachmentView } from "./attachment-view";

export interface VariantAttachments {
  limits: { maxFiles: number; minFiles: number; maxBytes: number; acceptedTypes: readonly string[] };
  files: AttachmentView[];
}

/** A variant's files and the limits its purpose's Amazon operation sets; null where the operation takes none. */
export async function loadVariantAttachments(ctx: GuardContext, input: { purpose: PurposeId; versionId: string; variantId: string }): Promise<VariantAttachments | null> {
  const rules = templateFileRulesFor(input.purpose);
  if (!rules) return null;
  const files = (await listVersionAttachments(ctx.db, ctx.organisation.id, input.versionId)).filter((file) => file.variantId === input.variantId);
  return {
    limits: { maxFiles: rules.maxFiles, minFiles: rules.minFiles, maxBytes: rules.maxBytes, acceptedTypes: rules.acceptedTypes },
    files: files.map(attachmentView),
  };
}
