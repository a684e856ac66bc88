/**
 * The files a rendered message carries (issue 20): the variant's attachments, listed with a
 * short-lived download link for the calling key, and named in the Messaging request with the
 * upload destination the sender fills in after `createUploadDestinationForResource`. Only for an
 * operation whose model takes attachments.
 */
import { checkDeclaredFile, type DeclaredFile } from "@/lib/attachments/declared-file";
import { attachmentRulesFor, megabytes } from "@/lib/attachments/rules";
import type { PurposeId } from "@/lib/policy/purposes";
import { ApiError } from "./api-errors";
import type { LiveAttachment, LiveVariant } from "./live-template";
import { isMessagingOperationId, MESSAGING_OPERATIONS, UPLOAD_DESTINATION_PLACEHOLDER, type SpApiAttachment } from "./sp-api";

export interface AttachmentLink {
  downloadUrl: string;
  /** ISO 8601: after it the link answers 410 and a new render gives a new one. */
  expiresAt: string;
}

/** Signs a download link for one file (server/api/attachment-links.ts). */
export type LinkAttachment = (attachment: LiveAttachment) => AttachmentLink;

export interface RenderedAttachment extends AttachmentLink {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface MessageAttachments {
  /** For the response's `attachments`: empty when the message carries no files. */
  listed: RenderedAttachment[];
  /** For the Messaging request body. */
  request: SpApiAttachment[];
}

export function takesAttachments(operationId: string | undefined): boolean {
  return operationId !== undefined && isMessagingOperationId(operationId) && MESSAGING_OPERATIONS[operationId].takesAttachments;
}

/**
 * The order's own file (the invoice) as the sender described it: checked like an upload's name,
 * type and size, and named in the request. Refused for a purpose whose files are the template's.
 */
function perOrderFile(purpose: PurposeId, declared: DeclaredFile | undefined): MessageAttachments | null {
  const rules = attachmentRulesFor(purpose);
  if (!rules?.filesPerOrder) {
    if (declared) throw new ApiError("invalid_attachment", { problems: "not-for-this-purpose", maxMb: 0 }, { problems: ["not-for-this-purpose"] });
    return null;
  }
  if (!declared) return { listed: [], request: [] };
  const checked = checkDeclaredFile(declared, rules);
  if (!checked.ok) {
    const codes = checked.problems.map((problem) => problem.code);
    throw new ApiError("invalid_attachment", { problems: codes.join(", "), maxMb: megabytes(rules.maxBytes) }, { problems: codes });
  }
  return { listed: [], request: [{ fileName: checked.fileName, uploadDestinationId: UPLOAD_DESTINATION_PLACEHOLDER }] };
}

export function messageAttachments(input: { purpose: PurposeId; variant: LiveVariant; operationId: string | undefined; link: LinkAttachment | undefined; declared?: DeclaredFile }): MessageAttachments {
  const perOrder = perOrderFile(input.purpose, input.declared);
  if (perOrder) return perOrder;
  const { variant, operationId, link } = input;
  if (!takesAttachments(operationId) || variant.attachments.length === 0 || !link) return { listed: [], request: [] };
  return {
    listed: variant.attachments.map((file) => ({ fileName: file.fileName, contentType: file.contentType, size: file.size, sha256: file.sha256, ...link(file) })),
    request: variant.attachments.map((file) => ({ fileName: file.fileName, uploadDestinationId: UPLOAD_DESTINATION_PLACEHOLDER })),
  };
}
