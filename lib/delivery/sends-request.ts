/**
 * The bodies of POST /api/v1/sends and POST /api/v1/sends/{id}/outcome as zod schemas (the OpenAPI
 * document's request schemas are generated from them). Both are idempotent by the client's
 * Idempotency-Key header.
 */
import { z } from "zod";
import { ORDER_ID_PATTERN } from "@/lib/editor/placeholders";
import { MAX_TAG_INPUT_LENGTH } from "@/lib/locales/tags";
import { MAX_TEMPLATE_KEY_LENGTH, TEMPLATE_KEY_PATTERN } from "@/lib/templates/key";

export const MAX_SEND_BODY_BYTES = 16 * 1024;
export const MAX_OUTCOME_DETAIL_LENGTH = 2000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
/** What the sending system can report about a send (Seller Central shows blocks; the API cannot read them). */
export const SEND_OUTCOMES = ["delivered", "blocked", "restricted", "opted_out"] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

/** NUL, or a UTF-16 surrogate without its pair (String.prototype.isWellFormed is not in our TypeScript lib). */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const sendRequestSchema = z.strictObject({
  template: z.string().min(1).max(MAX_TEMPLATE_KEY_LENGTH).regex(TEMPLATE_KEY_PATTERN),
  version: z.int().min(1).max(1_000_000),
  /** The locale the render response named (one of the version's variants). */
  locale: z.string().min(1).max(MAX_TAG_INPUT_LENGTH).regex(/^[A-Za-z0-9_-]+$/),
  orderId: z.string().regex(ORDER_ID_PATTERN),
  /** The render response's contentHash: the text that was sent. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** When it was sent; default: when this request arrives. */
  sentAt: z.iso.datetime({ offset: true }).optional(),
});

export const outcomeRequestSchema = z.strictObject({
  outcome: z.enum(SEND_OUTCOMES),
  // Stored as text: no NUL and no lone surrogate (neither can be stored, and neither is a person's text).
  detail: z
    .string()
    .max(MAX_OUTCOME_DETAIL_LENGTH)
    .refine((text) => !UNSTORABLE.test(text), "not storable text")
    .optional(),
});

export type SendRequest = z.infer<typeof sendRequestSchema>;
export type OutcomeRequest = z.infer<typeof outcomeRequestSchema>;

/** Outcomes after which the template must not be sent again until someone looks. */
export function outcomePauses(outcome: SendOutcome): boolean {
  return outcome === "blocked" || outcome === "restricted";
}
