/**
 * A reply that tells the buyer how to do what they asked about their own review: "How do I change
 * my review?" answered with the steps ("Click Edit next to your review"). Amazon lets sellers answer
 * customer-service questions; explaining the buyer's own options on request is not asking for a
 * change. Only where the buyer raised their review (the reply's subject repeats it, or the body
 * says it answers their question) and only the sentences that answer: the instructions, the steps,
 * the restated question, the choice left to the buyer. A change asked for in any other sentence is still one.
 */
import type { FieldAnalysis } from "../concepts/analysis";
import type { CheckContext } from "../context";

/** A numbered or bulleted step marker, alone in its sentence ("2.") or opening it ("- Click …"). */
const STEP_MARKER = /^\s*(?:\d{1,2}[.)]|[-•*·])\s*$/u;
const STEP_OPENING = /^\s*(?:\d{1,2}[.)]|[-•*·])\s+\S/u;

function raisedReview(context: CheckContext): boolean {
  const subject = context.concepts(context.subject);
  if (subject.all("REVIEW").length > 0 || subject.all("OPINION").length > 0) return true;
  return context.concepts(context.body).all("BUYER_ASKED").length > 0;
}

/** Body sentences that answer the buyer's question about their review; empty outside such replies. */
export function answeringSentences(context: CheckContext, analysis: FieldAnalysis): Set<number> {
  if (context.purpose.id !== "buyer-reply" || !raisedReview(context)) return new Set();
  const answering = new Set<number>();
  // Nothing explained, nothing answered: a restated question alone ("now that your problem is
  // solved, would you …", where Turkish "sorunuz" is both) answers nothing.
  // The choice left to the buyer ("what you write is entirely up to you") explains as well.
  const howTo = analysis.all("HOW_TO");
  if (howTo.length === 0 && analysis.all("EITHER").length === 0) return answering;
  for (const hit of [...howTo, ...analysis.all("BUYER_ASKED")]) answering.add(hit.sentence);
  // The choice left to the buyer ("whether you change it or leave it is your call").
  for (const hit of analysis.all("EITHER")) answering.add(hit.sentence);
  analysis.sentences.forEach((_, index) => {
    const text = analysis.sentenceText(index);
    if (STEP_OPENING.test(text) || (index > 0 && STEP_MARKER.test(analysis.sentenceText(index - 1)))) answering.add(index);
  });
  return answering;
}

/** Computed once per check: every piece of review evidence asks. */
const answeringCache = new WeakMap<CheckContext, Set<number>>();

/** Whether evidence in `field` at `sentence` is part of such an answer (the subject restates the question). */
export function answersBuyer(context: CheckContext, field: "body" | "subject", sentence: number): boolean {
  let answering = answeringCache.get(context);
  if (!answering) {
    answering = answeringSentences(context, context.concepts(context.body));
    answeringCache.set(context, answering);
  }
  if (answering.size === 0) return false;
  return field === "subject" || answering.has(sentence);
}
