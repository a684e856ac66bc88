/**
 * "If anything is wrong with the lid, don't bother writing a review, just reply to this message":
 * the unhappy buyer is turned away from the review towards the seller. Amazon forbids asking only
 * buyers with a positive experience to review; telling the others not to is the same bias. The
 * sentence makes a problem its condition, denies the review, and offers the seller's messages
 * instead (in it, or in the sentence after).
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { FieldText } from "../context";
import { conceptEvidence, type Evidence } from "./evidence";
import { productReviews } from "./review-sense";

/** Words between a negation and the review it denies ("don't bother writing a review", "रिव्यू लिखने की ज़हमत मत उठाइए"). */
const DENIAL_WINDOW = 4;
/** Languages whose negation follows the review it denies. */
const NEGATES_AFTER: ReadonlySet<string> = new Set(["hi", "ja", "tr"]);

function deniedReview(analysis: FieldAnalysis, review: ConceptHit, language: string): ConceptHit | undefined {
  return analysis.inSentence("NOT", review.sentence).find((not) => {
    const before = not.last < review.first;
    if (!before && !(NEGATES_AFTER.has(language) && not.first > review.last)) return false;
    const [a, b] = before ? [not, review] : [review, not];
    return analysis.gap(a, b) <= DENIAL_WINDOW && !CLAUSE_BREAK.test(analysis.between(a.end, b.start));
  });
}

export function discouragedReviews(field: FieldText, analysis: FieldAnalysis, language: string): Evidence[] {
  return productReviews(analysis).flatMap((review) => {
    const s = review.sentence;
    const denial = deniedReview(analysis, review, language);
    if (!denial) return [];
    // The condition comes first and names a problem before the review ("if the lid leaks, …").
    const condition = analysis.inSentence("CONDITION", s).find((c) => c.last < review.first);
    if (!condition) return [];
    const problem = [...analysis.inSentence("PROBLEM", s), ...analysis.inSentence("NEGATIVE", s)].some(
      (p) => p.first > condition.last && p.last < Math.min(review.first, denial.first),
    );
    if (!problem) return [];
    // The seller offered instead: after the review in its sentence, or in the next one.
    const instead = (["REPLY", "CONTACT"] as const).some(
      (concept) => analysis.inSentence(concept, s).some((c) => c.first > review.last && c.first !== denial.first) || analysis.inSentence(concept, s + 1).length > 0,
    );
    return instead ? [conceptEvidence(field, review)] : [];
  });
}
