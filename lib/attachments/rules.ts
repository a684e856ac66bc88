/**
 * Which purposes take attachments and within which limits. The count limits and whether an
 * operation takes attachments at all are Amazon's Messaging model, read through the one path
 * lib/delivery/sp-api.ts reads it (correctedDefinitions turns the model's array `maxLength` /
 * `minLength` into `maxItems` / `minItems`); the purpose's operation is lib/policy/purposes.ts.
 * Nothing here lists operations a second time.
 *
 * File size and types are not in the model; they are ATTACHMENT_FILE_LIMITS below, the one place
 * they are written down.
 */
import { isMessagingOperationId, MESSAGING_OPERATIONS } from "@/lib/delivery/sp-api";
import { PURPOSES, type PurposeId } from "@/lib/policy/purposes";

/**
 * What a file sent with a Messaging operation may be.
 *
 * Sources (checked 2026): Seller Central help "Buyer-Seller Messaging" (itemID 200389080, e.g.
 * sellercentral.amazon.com/gp/help/external/help.html?itemID=200389080): "You can send and receive
 * one or more attachments (up to 10 MB) in a message", followed by a list of formats that includes
 * PDF and the common image formats (JPEG, PNG, GIF) next to text and Word files. The SP-API
 * Messaging model and the Uploads API reference (createUploadDestinationForResource, resource
 * "messaging/v1/orders/{amazonOrderId}/messages/…") state no size or type limit of their own.
 *
 * Our choices, on that basis:
 * - Types: PDF, JPEG, PNG and GIF only. Text and Word files are left out on purpose: we can check
 *   what a PDF or an image is and extract a PDF's text, while a .doc/.docx could carry macros and
 *   content we do not read.
 * - Size: 10 MB (decimal, 10,000,000 bytes, the stricter reading of "10 MB") per file, and the same
 *   for all files of one message together, since Amazon states the 10 MB per message.
 */
export const ATTACHMENT_FILE_LIMITS = {
  maxBytes: 10_000_000,
  maxTotalBytes: 10_000_000,
  /** Each accepted content type with the file-name extensions that go with it (lower case). */
  types: {
    "application/pdf": ["pdf"],
    "image/jpeg": ["jpg", "jpeg"],
    "image/png": ["png"],
    "image/gif": ["gif"],
  },
} as const;

export type AcceptedType = keyof typeof ATTACHMENT_FILE_LIMITS.types;

export const ACCEPTED_TYPES: readonly AcceptedType[] = Object.keys(ATTACHMENT_FILE_LIMITS.types) as AcceptedType[];

export function isAcceptedType(value: string): value is AcceptedType {
  return Object.hasOwn(ATTACHMENT_FILE_LIMITS.types, value);
}

/** The accepted type a file-name extension (without the dot, any case) stands for, or null. */
export function typeOfExtension(extension: string): AcceptedType | null {
  const lower = extension.toLowerCase();
  return ACCEPTED_TYPES.find((type) => (ATTACHMENT_FILE_LIMITS.types[type] as readonly string[]).includes(lower)) ?? null;
}

export interface AttachmentRules {
  /** The Messaging operation that carries the files, e.g. "CreateWarranty". */
  operationId: string;
  maxFiles: number;
  minFiles: number;
  /** Per file. */
  maxBytes: number;
  /** All files of one message together. */
  maxTotalBytes: number;
  acceptedTypes: readonly AcceptedType[];
  /** The operation takes files and no text (invoice, warranty, legal disclosure). */
  attachmentsOnly: boolean;
  /**
   * The file differs for every order and comes from the seller's own system (the invoice): a
   * template carries none; the render API checks the file's name, type and size instead.
   */
  filesPerOrder: boolean;
}

/** Operations whose file is made per order (Amazon's sendInvoice: the order's own invoice). */
const PER_ORDER_FILE_OPERATIONS: readonly string[] = ["sendInvoice"];

/**
 * The attachment rules of a purpose, or null when its operation takes no attachments (or it has
 * no operation). `minFiles` is the model's minItems; an attachments-only operation without one
 * (createLegalDisclosure today) still needs one file, or the request would carry nothing at all.
 * A model without a maximum for an operation that takes files fails at module load rather than
 * allowing any number.
 */
export function attachmentRulesFor(purpose: PurposeId): AttachmentRules | null {
  return ATTACHMENT_RULES[purpose];
}

/** The rules for files stored with a template (null where the purpose's files come per order or not at all). */
export function templateFileRulesFor(purpose: PurposeId): AttachmentRules | null {
  const rules = ATTACHMENT_RULES[purpose];
  return rules && !rules.filesPerOrder ? rules : null;
}

function rulesOf(purpose: PurposeId): AttachmentRules | null {
  const operationId = PURPOSES[purpose].operation?.operationId;
  if (operationId === undefined || !isMessagingOperationId(operationId)) return null;
  const info = MESSAGING_OPERATIONS[operationId];
  if (!info.takesAttachments) return null;
  if (info.maxAttachments === undefined) {
    throw new Error(`SP-API Messaging model: ${operationId} takes attachments but states no maximum`);
  }
  return {
    operationId,
    maxFiles: info.maxAttachments,
    minFiles: info.minAttachments ?? (info.attachmentsOnly ? 1 : 0),
    maxBytes: ATTACHMENT_FILE_LIMITS.maxBytes,
    maxTotalBytes: ATTACHMENT_FILE_LIMITS.maxTotalBytes,
    acceptedTypes: ACCEPTED_TYPES,
    attachmentsOnly: info.attachmentsOnly,
    filesPerOrder: PER_ORDER_FILE_OPERATIONS.includes(operationId),
  };
}

const ATTACHMENT_RULES: Readonly<Record<PurposeId, AttachmentRules | null>> = Object.fromEntries(
  Object.keys(PURPOSES).map((id) => [id, rulesOf(id as PurposeId)]),
) as Record<PurposeId, AttachmentRules | null>;

/** The purposes whose templates may carry files, in catalogue order. */
export const ATTACHMENT_PURPOSES: readonly PurposeId[] = (Object.keys(ATTACHMENT_RULES) as PurposeId[]).filter(
  (id) => ATTACHMENT_RULES[id] !== null,
);

/** The accepted types by their usual extension ("PDF, JPG, PNG, GIF"), for problem messages. */
export function typesLabel(types: readonly AcceptedType[]): string {
  return types.map((type) => ATTACHMENT_FILE_LIMITS.types[type][0].toUpperCase()).join(", ");
}

export { megabytes } from "./sizes";
