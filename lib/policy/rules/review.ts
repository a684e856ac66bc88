/**
 * The review rules: incentives, biased wording, asking to change a review, repeated requests, and
 * review requests sent under another purpose. Each reads two kinds of evidence: the language's
 * phrase list (set phrases) and concepts combined within sentences and word windows (new
 * phrasings of the same idea). Both only count where the text is about product reviews in the
 * review sense (review-sense.ts), so an inspection of a returned item is never a review. Biased
 * wording has its own file (review-bias.ts); windows and small readers are in review-shared.ts.
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { CheckContext, FieldText } from "../context";
import { purposesWhere } from "../purposes";
import { defineRule } from "./define";
import { answersBuyer } from "./answered";
import { collectOffered } from "./declined";
import { conceptEvidence, insideQuotedLabel, phraseEvidence, spanEvidence, type Evidence } from "./evidence";
import { nearProductReview, productReviews, requestedOpinions, requestedReviews, reviewsInSentence } from "./review-sense";
import { biasEvidence } from "./review-bias";
import { AGAIN_WINDOW, CHANGE_WINDOW, NEGATION_WINDOW, SELF_WINDOW, has, isReviewRequest } from "./review-shared";
import { helpsOthers, namedUnaffected, offeredBefore } from "./review-offers";


// --- incentives -----------------------------------------------------------------------------------

/**
 * Something of value counts as a review incentive in a sentence about reviews, or next to one when
 * it is offered as a trade ("as a thank you", "you will receive"). A remedy (a free replacement for
 * a broken item) is only an incentive when the sentence trades it for the review.
 */
/** A remedy in the sentence other than the offer itself ("a partial refund" is no excuse for itself). */
function remedyBeside(analysis: FieldAnalysis, evidence: Evidence): boolean {
  return analysis.inSentence("REMEDY", evidence.sentence).some((r) => r.end <= evidence.start || r.start >= evidence.end);
}

/**
 * An arrow or an equals sign between words ("Rezension + Foto -> Gutschein", "5 Sterne = 1. Wartung
 * gratis"): notes and lists write a trade with a sign, in any language.
 */
const TRADE_SIGN = /\s(?:-+>|=+>|→|⇒|➔|➜|=)\s/u;

function isIncentive(analysis: FieldAnalysis, evidence: Evidence, reviewRequest = true): boolean {
  const sentence = evidence.sentence;
  const trade = has(analysis, "EXCHANGE", sentence) || has(analysis, "CONDITION", sentence) || TRADE_SIGN.test(analysis.sentenceText(sentence));
  const remedy = remedyBeside(analysis, evidence);
  // Outside a review request, a refund beside a review is an incentive when it is traded or the
  // review asked for with it, not in "the refund does not affect your review".
  const tied = reviewRequest || trade || has(analysis, "REQUEST", sentence);
  if (reviewsInSentence(analysis, sentence).length > 0) return tied && (!remedy || trade);
  return trade && !remedy && nearProductReview(analysis, sentence, 1);
}

/**
 * A review request has no business offering anything of value, wherever in it the offer stands;
 * a coupon or promotion on its own is content.marketing's (one finding per offence).
 */
function offeredInReviewRequest(context: CheckContext, analysis: FieldAnalysis, evidence: Evidence): boolean {
  if (!isReviewRequest(context) || remedyBeside(analysis, evidence)) return false;
  const promotion = [...context.matches(evidence.field, "marketing"), ...analysis.all("MARKETING")];
  return !promotion.some((m) => m.start < evidence.end && m.end > evidence.start);
}

/**
 * A sum of money written with its currency, in any language ("₹100", "10 €", "$5", "50 zł", "100 TL",
 * "500円", "20 ريال"): something of value however the sentence around it is worded.
 */
const CURRENCY_WORDS = String.raw`(?:€|\$|£|¥|₹|₺|﷼|US\$|R\$|zł|zl|kr|sek|eur|euros?|usd|gbp|pln|try|tl|inr|aed|sar|egp|jpy|rs\.?|dollars?|pounds?|lira|円|ドル|ユーロ|रुपये|रुपए|रु\.?|ريال|درهم|جنيه|دولار|يورو|ليرة)`;
const MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CURRENCY_WORDS}\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?${CURRENCY_WORDS})(?![\p{L}\p{N}])`,
  "giu",
);
/** A percentage ("10 %", "10٪"): of value where it is traded for a review ("10 % of the price back for your review"). */
const PERCENTAGE = /\d+(?:[.,]\d+)?\s?[%٪％]|[%٪％]\s?\d+(?:[.,]\d+)?/gu;

function amountEvidence(field: FieldText, pattern: RegExp, sentences: FieldText["sentences"]): Evidence[] {
  return [...field.view.text.matchAll(pattern)].map((m) => ({
    field,
    start: m.index,
    end: m.index + m[0].length,
    sentence: sentences.findIndex((s) => m.index >= s.start && m.index < s.end),
  }));
}

/**
 * Proof of the review asked for ("send us a screenshot of your review", "the link to your
 * review", "let us know once it is published"): a seller only needs to see the review to pay for it.
 */
const PROOF_COMPANIONS = ["REQUEST", "REPLY", "CONTACT", "SELF", "EXCHANGE"] as const;

function proofEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return analysis
    .all("PROOF")
    .filter((hit) => !analysis.negated(hit, NEGATION_WINDOW, "before") && (isReviewRequest(context) || nearProductReview(analysis, hit.sentence, 1)))
    // Asked of the buyer or tied to the seller's doing ("send us …", "once it is live, we …"), not
    // "once your review is published it helps other buyers".
    .filter(
      (hit) =>
        PROOF_COMPANIONS.some((concept) =>
          analysis.inSentence(concept, hit.sentence).some((c) => (c.first > hit.last || c.last < hit.first) && !helpsOthers(analysis, c)),
        ) || offeredBefore(analysis, hit.sentence),
    )
    .map((hit) => conceptEvidence(field, hit));
}

/** Phrase evidence right after a negation ("we cannot edit or delete reviews"). */
function phraseNegated(analysis: FieldAnalysis, e: Evidence): boolean {
  const index = analysis.tokens.findIndex((t) => t.start >= e.start);
  return index >= 0 && analysis.negated({ concept: "INCENTIVE", first: index, last: index, start: e.start, end: e.end, sentence: e.sentence }, NEGATION_WINDOW, "before");
}

function incentiveEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  // "We offer nothing in exchange for reviews" offers nothing; nor does a value named as untouched.
  const deniedHit = (hit: ConceptHit) => analysis.negated(hit, NEGATION_WINDOW) || namedUnaffected(analysis, hit);
  const offered = analysis.all("INCENTIVE").filter((hit) => !deniedHit(hit));
  const denied = analysis.all("INCENTIVE").filter(deniedHit);
  // A sentence whose every offer is denied ("no gift and no discount in exchange") offers nothing.
  const deniedSentences = new Set(denied.map((d) => d.sentence).filter((s) => !offered.some((o) => o.sentence === s)));
  // A phrase after a negation ("we ask for no review in exchange") offers nothing either.
  const negatedPhrase = (e: Evidence) => phraseNegated(analysis, e);
  const phrases = phraseEvidence(context, field, "incentive").filter(
    (e) => !deniedSentences.has(e.sentence) && !denied.some((d) => d.start <= e.start && d.end >= e.start) && !negatedPhrase(e) && !insideQuotedLabel(e),
  );
  const money = amountEvidence(field, MONEY, field.sentences).filter((e) => !deniedSentences.has(e.sentence));
  const candidates = [...phrases, ...offered.map((hit) => conceptEvidence(field, hit)), ...money];
  const percentages = amountEvidence(field, PERCENTAGE, field.sentences).filter((e) => e.sentence >= 0 && !deniedSentences.has(e.sentence) && isIncentive(analysis, e));
  // A promotion traded for the review ("for it, we cover the shipping of your next order").
  const traded = analysis
    .all("MARKETING")
    .filter((hit) => has(analysis, "EXCHANGE", hit.sentence) && !analysis.negated(hit, NEGATION_WINDOW) && isIncentive(analysis, conceptEvidence(field, hit)))
    .map((hit) => conceptEvidence(field, hit));
  const inRequest = isReviewRequest(context);
  // "Whether you kept it or gave it to a friend": the item given as a gift is the purchase, not an offer.
  const gifts = analysis.all("GIFT_ORDER");
  const asGift = (e: Evidence) => gifts.some((g) => g.start <= e.start && g.end >= e.end);
  return [
    ...candidates.filter((e) => e.sentence >= 0 && (isIncentive(analysis, e, inRequest) || offeredInReviewRequest(context, analysis, e))),
    ...percentages,
    ...traded,
    ...proofEvidence(context, field, analysis),
  ].filter((e) => !asGift(e) && !answersBuyer(context, field.field, e.sentence)); // "Is my refund tied to my review?" answered
}

// --- changing a review --------------------------------------------------------------------------------

/**
 * A change verb before a review ("update your review", "reconsider the rating"), or after one in
 * a sentence about the review that exists ("the review you left could now be updated").
 */
function changeEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  const phrases = phraseEvidence(context, field, "reviewChange").filter(
    (e) => e.sentence >= 0 && reviewsInSentence(analysis, e.sentence).length > 0 && !phraseNegated(analysis, e),
  );
  // An opinion the buyer already gave ("update your opinion now that it is solved") is a review too.
  const opinions = analysis.all("OPINION").filter((hit) => has(analysis, "EXISTING", hit.sentence));
  const concepts = [...productReviews(analysis), ...opinions].flatMap((review) => {
    const s = review.sentence;
    const change = analysis
      .inSentence("CHANGE", s)
      .find((c) => analysis.gap(c, review) <= CHANGE_WINDOW && (c.last < review.first || c.first > review.last) && !analysis.negated(c, NEGATION_WINDOW));
    if (!change) return [];
    const before = change.last < review.first;
    const aboutExisting = has(analysis, "EXISTING", s) || has(analysis, "CONDITION", s) || /[?？؟]\s*$/u.test(analysis.sentenceText(s));
    return before || aboutExisting || askedVerbLast(context, analysis, review, change) ? [spanEvidence(field, change, review)] : [];
  });
  return [...phrases, ...concepts, ...changeOfEarlierReview(field, analysis)].filter((e) => !answersBuyer(context, field.field, e.sentence));
}

/** Languages whose verbs stand after their object in a request ("könnten Sie Ihre Bewertung anpassen"). */
const VERB_LAST: ReadonlySet<string> = new Set(["de", "nl", "hi", "ja", "tr"]);

/**
 * "Könnten Sie Ihre Bewertung nach oben korrigieren", "zou u uw review willen aanpassen": where the
 * verb comes last, a request before the review and the change verb after it, in one clause.
 */
function askedVerbLast(context: CheckContext, analysis: FieldAnalysis, review: ConceptHit, change: ConceptHit): boolean {
  if (!VERB_LAST.has(context.language) || change.first <= review.last) return false;
  if (CLAUSE_BREAK.test(analysis.between(review.end, change.start))) return false;
  return analysis.inSentence("REQUEST", review.sentence).some((r) => r.last < review.first && !analysis.negated(r, 1, "before"));
}

/**
 * "The comments you posted were written before the fix. You're welcome to revisit them.": a
 * change asked for (a request or a condition, not "we have updated") in the sentence after one
 * about the review the buyer already wrote.
 */
function changeOfEarlierReview(field: FieldText, analysis: FieldAnalysis): Evidence[] {
  // The review already written, or one the sentence makes a condition of ("if your review still
  // describes the case as open, an update would be welcome").
  const earlier = [...productReviews(analysis), ...analysis.all("OPINION")].filter(
    (review) => has(analysis, "EXISTING", review.sentence) || analysis.inSentence("CONDITION", review.sentence).some((c) => c.last < review.first),
  );
  return analysis.all("CHANGE").flatMap((change) => {
    const s = change.sentence;
    // In the sentence after, or later in the same one ("… were written before it arrived; you're welcome to revisit them").
    // Or any review in the sentence before, where the change's own sentence says time has passed
    // since ("… your opinion came from the mix-up. Now that you know, could you soften it?").
    const since = has(analysis, "EXISTING", s) && productReviews(analysis).some((review) => review.sentence === s - 1);
    const question = /[?？؟]\s*$/u.test(analysis.sentenceText(s));
    // "We saw your two-star review. You're right, we've fixed the listing. Could you take it down?":
    // a question may take up the review across one sentence that names no other.
    const across = (review: ConceptHit) => question && review.sentence === s - 2 && productReviews(analysis).every((r) => r.sentence !== s - 1);
    const follows = since || earlier.some((review) => review.sentence === s - 1 || across(review) || (review.sentence === s && review.last < change.first));
    const asked = has(analysis, "REQUEST", s) || has(analysis, "CONDITION", s) || question;
    // "We have updated …" is the seller's doing; "we would welcome an update" ("freuen wir uns über
    // eine Aktualisierung") is the seller's wish, a request.
    const wishes = analysis.inSentence("REQUEST", s);
    const bySeller = analysis
      .inSentence("SELF", s)
      .some((self) => self.last < change.first && analysis.gap(self, change) <= SELF_WINDOW && !wishes.some((w) => analysis.gap(w, self) <= 1));
    // "We do not ask you for any change" asks for none: the request itself denied ("no longer
    // reflects" denies the review's fit, and still asks).
    const refused = analysis.inSentence("REQUEST", s).some((r) => r.last < change.first && analysis.negated(r, 1, "before"));
    return follows && asked && !bySeller && !refused ? [conceptEvidence(field, change)] : [];
  });
}

// --- repeated requests -------------------------------------------------------------------------------

function repeatEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  const thanks = (s: number) => has(analysis, "THANKS", s);
  // Before only: after a reminder, a negation is usually about something else ("our last message got no reply").
  const deniedRepeats = [...analysis.all("REMINDER"), ...analysis.all("AGAIN")].filter((hit) => analysis.negated(hit, NEGATION_WINDOW, "before"));
  const phrases = phraseEvidence(context, field, "reviewRepeat").filter(
    (e) =>
      e.sentence >= 0 &&
      !deniedRepeats.some((d) => d.start <= e.end && d.end >= e.start) &&
      ((nearProductReview(analysis, e.sentence, 1) && !thanks(e.sentence)) || (isReviewRequest(context) && has(analysis, "REMINDER", e.sentence))),
  );
  // "We will not send reminders" promises the opposite of a repeat.
  const reminders = analysis
    .all("REMINDER")
    .filter((hit) => !analysis.negated(hit, NEGATION_WINDOW, "before"))
    .filter((hit) => isReviewRequest(context) || nearProductReview(analysis, hit.sentence, 1))
    .map((hit) => conceptEvidence(field, hit));
  // "Would you look at your review again?" asks for a change (content.review-change), not a repeat.
  const again = analysis.all("AGAIN").filter(
    (hit) =>
      !thanks(hit.sentence) &&
      !analysis.negated(hit, NEGATION_WINDOW, "before") &&
      !analysis.near(hit, "CHANGE", CHANGE_WINDOW) &&
      reviewsInSentence(analysis, hit.sentence).some((review) => analysis.gap(review, hit) <= AGAIN_WINDOW),
  );
  return [...phrases, ...reminders, ...again.map((hit) => conceptEvidence(field, hit))];
}

// --- a review request under another purpose -------------------------------------------------------

/** Asked-for reviews, except those asked to be changed (content.review-change's). */
function requestEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return [...requestedReviews(analysis, context.purpose.proactive), ...requestedOpinions(analysis)]
    .filter((hit: ConceptHit) => analysis.near(hit, "CHANGE", CHANGE_WINDOW) === undefined && !answersBuyer(context, field.field, hit.sentence))
    .map((hit) => conceptEvidence(field, hit));
}

export const REVIEW_RULES = [
  defineRule<CheckContext>({
    id: "content.review-incentive",
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    check: (context) => collectOffered(context, (field, analysis) => incentiveEvidence(context, field, analysis)),
  }),
  defineRule<CheckContext>({
    id: "content.review-bias",
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    check: (context) => collectOffered(context, (field, analysis) => biasEvidence(context, field, analysis)),
  }),
  defineRule<CheckContext>({
    id: "content.review-change",
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    check: (context) => collectOffered(context, (field, analysis) => changeEvidence(context, field, analysis)),
  }),
  defineRule<CheckContext>({
    id: "content.review-repeat",
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    check: (context) => collectOffered(context, (field, analysis) => repeatEvidence(context, field, analysis)),
  }),
  defineRule<CheckContext>({
    id: "content.review-outside-purpose",
    severity: "error",
    category: "content",
    section: "proactive-messages",
    purposes: purposesWhere((p) => p.id !== "review-request"),
    check: (context) => collectOffered(context, (field, analysis) => requestEvidence(context, field, analysis)),
  }),
];
