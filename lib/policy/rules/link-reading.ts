/**
 * Links offered as something to read or learn from ("this article explains it well, have a
 * look", "a nice free course on editing"): an article, a blog post or a course on another site
 * is neither the carrier's, the manufacturer's nor the seller's tool a purpose allows, only a page
 * the buyer does not need for the order.
 */
import type { CheckContext } from "../context";
import { sentenceIndexAt } from "../context";
import type { LinkKind } from "../links";
import type { HitTarget } from "../types";

/** Link kinds that are the seller's own tools, where a how-to page may be part of the job. */
const TOOL_KINDS: readonly LinkKind[] = ["access-site", "customization-tool", "service-booking"];

/**
 * Whether the link's sentence, or the one before it (a link on a line of its own), presents it as
 * reading (READING) without naming whose page it is (a carrier, the manufacturer, the seller as
 * maker) or, for the seller's tools, a job to do there (activating, installing, booking: ASK).
 */
export function offeredAsReading(context: CheckContext, target: HitTarget, kinds: readonly LinkKind[]): boolean {
  if (!("field" in target)) return false;
  const field = target.field === "subject" ? context.subject : context.body;
  const analysis = context.concepts(field);
  const sentence = sentenceIndexAt(field.sentences, target.start);
  const has = (concept: "READING" | "THIRD_PARTY" | "AS_MAKER" | "ASK", s: number) => analysis.inSentence(concept, s).length > 0;
  const tools = kinds.some((kind) => TOOL_KINDS.includes(kind));
  // The sentence before only for a link on its own ("… this article explains it well. https://…").
  const alone = !/[\p{L}\p{N}]/u.test(analysis.sentenceText(sentence).replace(field.view.text.slice(target.start, target.end), ""));
  return (alone ? [sentence, sentence - 1] : [sentence]).some(
    (s) => s >= 0 && has("READING", s) && !has("THIRD_PARTY", s) && !has("AS_MAKER", s) && !(tools && has("ASK", s)),
  );
}
