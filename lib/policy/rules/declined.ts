/**
 * A reply that turns the buyer down: "we cannot offer a discount for a review", "we do not share a
 * WhatsApp number; we only write through Amazon's messages". What such a sentence names is refused,
 * not offered, so the rules that look for offers of incentives, contact channels or review changes
 * do not read it as one. Only in replies (a proactive message has nothing to refuse), and not where
 * the sentence turns after the refusal ("we cannot …, but if you …").
 */
import type { FieldAnalysis } from "../concepts/analysis";
import type { CheckContext, FieldText } from "../context";
import type { RuleHit } from "../types";
import { fieldsOf, toHits, type Evidence } from "./evidence";

/**
 * Sentences of the field in which the seller declines what the buyer asked, and, once something is
 * declined, the sentences around the refusal that restate the question or leave the choice to the
 * buyer.
 */
export function declinedSentences(context: CheckContext, analysis: FieldAnalysis): Set<number> {
  if (context.purpose.id !== "buyer-reply") return new Set();
  const declined = new Set<number>();
  const turned = (hit: { sentence: number; end: number }) => analysis.inSentence("CONTRAST", hit.sentence).some((but) => but.start >= hit.end);
  for (const hit of analysis.all("DECLINE")) if (!turned(hit)) declined.add(hit.sentence);
  // Once something is declined: the question restated, and the choice left to the buyer ("whether
  // you write a review or not is up to you").
  if (declined.size > 0) for (const hit of [...analysis.all("BUYER_ASKED"), ...analysis.all("EITHER")]) declined.add(hit.sentence);
  return declined;
}

/**
 * Like collectEvidence, without the evidence that stands in a declining sentence of a reply. A
 * reply's subject repeats the buyer's ("Re: a discount for my review?"): where the body declines,
 * what the subject names is the question, not an offer.
 */
export function collectOffered(context: CheckContext, find: (field: FieldText, analysis: FieldAnalysis) => Evidence[]): RuleHit[] {
  const bodyAnalysis = context.concepts(context.body);
  const bodyDeclined = declinedSentences(context, bodyAnalysis);
  return toHits(
    fieldsOf(context).flatMap((field) => {
      const analysis = context.concepts(field);
      if (field === context.subject && bodyDeclined.size > 0) return [];
      const declined = field === context.body ? bodyDeclined : declinedSentences(context, analysis);
      return find(field, analysis).filter((e) => !declined.has(e.sentence));
    }),
  );
}
