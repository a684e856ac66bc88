/**
 * What review-incentive reads around an offer: a value named as untouched by the review ("no
 * influence on your warranty or refund"), an offer released by the review's publication in the
 * sentence after it, and "it helps other buyers" (no request). Split from review.ts by size.
 */
import type { FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import { NEGATION_WINDOW, has } from "./review-shared";

/** What ends the list an UNAFFECTED phrase governs: a sentence's or clause's end other than a list comma. */
const LIST_END = /[;:.!?()–—]|\s-\s/u;
/** Words that start a new statement inside the sentence (a trade, the seller acting, a "but"). */
const LIST_BREAKERS = ["CONTRAST", "EXCHANGE", "SELF", "CONDITION", "REQUEST"] as const;

/**
 * "Your review has no influence on your warranty, your right of return or any refund": everything
 * in the list after the phrase is named as untouched by the review, however long the list, not
 * offered; not past a clause end or a word that starts a new statement ("…, and we send you a gift").
 */
export function namedUnaffected(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis.inSentence("UNAFFECTED", hit.sentence).some((u) => {
    if (u.last >= hit.first || LIST_END.test(analysis.between(u.end, hit.start))) return false;
    return !LIST_BREAKERS.some((concept) => analysis.inSentence(concept, hit.sentence).some((b) => b.first > u.last && b.last < hit.first));
  });
}

/** Words between "helps" and the buyers it helps ("hilft sie anderen Käufern"). */
const HELPS_WINDOW = 2;

/**
 * "Once it is visible, it helps other buyers choose": a request word ("hilft") that says what the
 * review does for other buyers asks nothing of the buyer.
 */
export function helpsOthers(analysis: FieldAnalysis, companion: ConceptHit): boolean {
  return (
    companion.concept === "REQUEST" &&
    analysis.inSentence("REVIEW_PLACE", companion.sentence).some((p) => p.first > companion.last && analysis.gap(companion, p) <= HELPS_WINDOW)
  );
}

/**
 * "We have set aside a 10 % code for you. It is unlocked once your review is visible": an offer in
 * the sentence before, which the publication of the review then releases (not a remedy).
 */
export function offeredBefore(analysis: FieldAnalysis, sentence: number): boolean {
  const offers = (["INCENTIVE", "MARKETING", "DISCOUNT"] as const).flatMap((concept) => analysis.inSentence(concept, sentence - 1));
  return offers.some((hit) => !analysis.negated(hit, NEGATION_WINDOW)) && !has(analysis, "REMEDY", sentence - 1);
}
