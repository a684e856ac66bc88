/** What the review rules share: word windows, verb order, and small readers of the analysis. */
import type { FieldAnalysis } from "../concepts/analysis";
import type { CheckContext } from "../context";

/** Words between a praise word and the review it qualifies ("a really positive review"). */
export const PRAISE_WINDOW = 2;
/** Words between a condition and the pleasure it asks about ("if you are really happy"). */
export const CONDITION_WINDOW = 6;
/** Words between the seller ("we") and a pleasure that is then the seller's ("we would be happy"). */
export const SELF_WINDOW = 2;
/** Words between a change verb and the review it changes ("update the review you left"). */
export const CHANGE_WINDOW = 4;
/** Words between a negation and what it denies ("we will not send any reminders"). */
export const NEGATION_WINDOW = 4;
/** Words between a repetition word and the review it repeats. */
export const AGAIN_WINDOW = 8;

/** Languages that put the verb, and "before", after what they govern. */
export const VERB_FINAL: ReadonlySet<string> = new Set(["hi", "ja", "tr"]);

export const isReviewRequest = (context: CheckContext) => context.purpose.id === "review-request";
export const has = (analysis: FieldAnalysis, concept: Parameters<FieldAnalysis["inSentence"]>[0], sentence: number) =>
  analysis.inSentence(concept, sentence).length > 0;
