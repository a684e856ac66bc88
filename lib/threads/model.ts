/**
 * Comment threads on a version's variants: the kinds, the limits, and the one wire contract for
 * starting and answering a thread (server actions and tests parse with these schemas).
 */
import { z } from "zod";

/** "source_problem": a translator says the source itself is wrong; it shows on the source and tells its authors. */
export const THREAD_KINDS = ["comment", "source_problem"] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const THREAD_LIMITS = {
  bodyLength: 4000,
  mentionsPerComment: 20,
  /** Quoted text of the anchored block, as shown beside the thread. */
  anchorTextLength: 300,
} as const;

const body = z.string().trim().min(1, "validation.too_small").max(THREAD_LIMITS.bodyLength, "validation.too_big");

export const startThreadInput = z.object({
  variantId: z.uuid(),
  /** A unit of the source (its XLIFF unit id, as memoryUnits lists them), or absent for the whole variant. */
  anchorUnit: z.string().regex(/^(subject|b\d{1,4}(\.li\d{1,4})*)$/).nullable().optional(),
  kind: z.enum(THREAD_KINDS).default("comment"),
  body,
});
export type StartThreadInput = z.infer<typeof startThreadInput>;

export const replyInput = z.object({ threadId: z.uuid(), body });
export type ReplyInput = z.infer<typeof replyInput>;

export const resolveInput = z.object({ threadId: z.uuid(), resolved: z.boolean() });
export type ResolveInput = z.infer<typeof resolveInput>;
