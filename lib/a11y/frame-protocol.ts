/**
 * The messages between the studio and the preview frame, one zod schema per direction. The frame
 * is sandboxed without `allow-same-origin` (an opaque origin), so postMessage is the only way in
 * or out; both ends parse what they receive with these schemas and drop anything else.
 *
 * studio → frame: `render` a whole message document and check it (answered by `result` or
 * `error` with the same run number), `highlight` the element of a violation.
 * frame → studio: `ready` once its runner listens (after every load), then answers.
 */
// zod/mini: the same schemas tree-shaken (the frame's script carries them; classic zod would add
// every error-message locale).
import { z } from "zod/mini";
import type { A11yResult } from "./result";

/** Every message carries this tag, so that other postMessage traffic is told apart at once. */
export const FRAME_PROTOCOL = "permitted-preview/1";

/** A message document is small (the editor caps a text); the cap keeps a forged message cheap to refuse. */
const MAX_DOCUMENT_LENGTH = 500_000;

export const toFrameSchema = z.discriminatedUnion("type", [
  z.object({ protocol: z.literal(FRAME_PROTOCOL), type: z.literal("render"), run: z.int().check(z.nonnegative()), document: z.string().check(z.maxLength(MAX_DOCUMENT_LENGTH)) }),
  z.object({ protocol: z.literal(FRAME_PROTOCOL), type: z.literal("highlight"), target: z.array(z.string().check(z.maxLength(2_000))).check(z.maxLength(10)) }),
]);
export type ToFrame = z.infer<typeof toFrameSchema>;

const impactSchema = z.nullable(z.enum(["minor", "moderate", "serious", "critical"]));

export const a11yResultSchema = z.object({
  axeVersion: z.string(),
  violations: z.array(
    z.object({
      ruleId: z.string(),
      impact: impactSchema,
      wcag: z.array(z.string()),
      level: z.enum(["A", "AA", "AAA", "best-practice"]),
      helpKey: z.string(),
      nodes: z.array(z.object({ target: z.array(z.string()), html: z.string() })),
    }),
  ),
  incomplete: z.array(z.string()),
  passes: z.int().check(z.nonnegative()),
}) satisfies z.ZodMiniType<A11yResult>;

export const fromFrameSchema = z.discriminatedUnion("type", [
  z.object({ protocol: z.literal(FRAME_PROTOCOL), type: z.literal("ready") }),
  z.object({
    protocol: z.literal(FRAME_PROTOCOL),
    type: z.literal("result"),
    run: z.int().check(z.nonnegative()),
    result: a11yResultSchema,
    /** The rendered document's height, so the studio can size the frame to show it whole. */
    height: z.number().check(z.nonnegative()),
  }),
  z.object({ protocol: z.literal(FRAME_PROTOCOL), type: z.literal("error"), run: z.int().check(z.nonnegative()), message: z.string().check(z.maxLength(2_000)) }),
]);
export type FromFrame = z.infer<typeof fromFrameSchema>;
