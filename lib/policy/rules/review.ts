/**
 * The review rules: incentives, biased wording, asking to change a review, repeated requests, and
 * review requests sent under another purpose. Each reads two kinds of evidence: the language's
 * phrase list (set phrases) and concepts combined within sentences and word windows (new
 * phrasings of the same idea). Both only count where the text is about product reviews in the
 * review sense (review-sense.ts), so an inspection of a returned item is never a review.
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { CheckContext, FieldText } from "../context";
import { purposesWhere } from "../purposes";
import { defineRule } from "./define";
import { answersBuyer } from "./answered";
import { collectOffered } from "./declined";
import { conceptEvidence, insideQuotedLabel, phraseEvidence, spanEvidence, type Evidence } from "./evidence";
import { discouragedReviews } from "./review-discouraged";
import { nearProductReview, productReviews, requestedOpinions, requestedReviews, reviewsInSentence } from "./review-sense";

/** Words between a praise word and the review it qualifies ("a really positive review"). */
const PRAISE_WINDOW = 2;
/** Words between a condition and the pleasure it asks about ("if you are really happy"). */
const CONDITION_WINDOW = 6;
/** Words between the seller ("we") and a pleasure that is then the seller's ("we would be happy"). */
const SELF_WINDOW = 2;
/** Words between a change verb and the review it changes ("update the review you left"). */
const CHANGE_WINDOW = 4;
/** Words between a negation and what it denies ("we will not send any reminders"). */
const NEGATION_WINDOW = 4;
/** Words between a repetition word and the review it repeats. */
const AGAIN_WINDOW = 8;

/** Languages that put the verb, and "before", after what they govern. */
const VERB_FINAL: ReadonlySet<string> = new Set(["hi", "ja", "tr"]);

const isReviewRequest = (context: CheckContext) => context.purpose.id === "review-request";
const has = (analysis: FieldAnalysis, concept: Parameters<FieldAnalysis["inSentence"]>[0], sentence: number) =>
  analysis.inSentence(concept, sentence).length > 0;

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

function isIncentive(analysis: FieldAnalysis, evidence: Evidence, reviewRequest = true): boolean {
  const sentence = evidence.sentence;
  const trade = has(analysis, "EXCHANGE", sentence) || has(analysis, "CONDITION", sentence);
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
    .filter((hit) => PROOF_COMPANIONS.some((concept) => analysis.inSentence(concept, hit.sentence).some((c) => c.first > hit.last || c.last < hit.first)))
    .map((hit) => conceptEvidence(field, hit));
}

/** Phrase evidence right after a negation ("we cannot edit or delete reviews"). */
function phraseNegated(analysis: FieldAnalysis, e: Evidence): boolean {
  const index = analysis.tokens.findIndex((t) => t.start >= e.start);
  return index >= 0 && analysis.negated({ concept: "INCENTIVE", first: index, last: index, start: e.start, end: e.end, sentence: e.sentence }, NEGATION_WINDOW, "before");
}

function incentiveEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  // "We offer nothing in exchange for reviews" offers nothing.
  const offered = analysis.all("INCENTIVE").filter((hit) => !analysis.negated(hit, NEGATION_WINDOW));
  const denied = analysis.all("INCENTIVE").filter((hit) => analysis.negated(hit, NEGATION_WINDOW));
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

// --- biased wording --------------------------------------------------------------------------------

/** "Positive or negative", "whether or not": a balanced choice, not a push towards one side. */
function balanced(analysis: FieldAnalysis, sentence: number): boolean {
  return has(analysis, "EITHER", sentence) || (has(analysis, "NEGATIVE", sentence) && has(analysis, "POSITIVE", sentence));
}

function praisedReviews(field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return productReviews(analysis).flatMap((review) => {
    const praise = analysis.near(review, "POSITIVE", PRAISE_WINDOW);
    // "We do not ask for a positive review" is the opposite of asking for one.
    return praise && !balanced(analysis, review.sentence) && !analysis.negated(praise, NEGATION_WINDOW) ? [spanEvidence(field, praise, review)] : [];
  });
}

/**
 * "If you are happy …" / "ご満足いただけましたら": a condition on the buyer's pleasure, in either
 * order (Turkish and Japanese put the condition after). Not when the pleasure is the seller's
 * ("if you ask, we are happy to help"; "we would be happy if …").
 */
function satisfactionConditions(field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return analysis.all("CONDITION").flatMap((condition) => {
    // The seller as the one pleased ("we"), not as an owner ("our product", "हमारा उत्पाद").
    const ours = analysis.inSentence("OURS", condition.sentence);
    const self = analysis.inSentence("SELF", condition.sentence).filter((w) => !ours.some((o) => o.first <= w.last && o.last >= w.first));
    const pleased = analysis
      .inSentence("SATISFIED", condition.sentence)
      .find((s) => analysis.gap(condition, s) <= CONDITION_WINDOW && !self.some((w) => between(w, condition, s) || (w.last < s.first && analysis.gap(w, s) <= SELF_WINDOW)));
    return pleased ? [spanEvidence(field, condition, pleased)] : [];
  });
}

function between(word: ConceptHit, a: ConceptHit, b: ConceptHit): boolean {
  return word.first > Math.min(a.last, b.last) && word.last < Math.max(a.first, b.first);
}

/**
 * "If you are not satisfied, contact us": help for unhappy buyers, biased only when it is offered
 * instead of the review ("before you post", "rather than a review") or in the sentence that asks
 * for the review. A condition on being pleased ("if you are happy") is biased wherever it stands.
 */
function mereOfferOfHelp(analysis: FieldAnalysis, evidence: Evidence): boolean {
  const s = evidence.sentence;
  const words = analysis.tokens.filter((t) => t.start >= evidence.start && t.end <= evidence.end);
  if (words.length === 0) return false;
  const span = { first: analysis.tokens.indexOf(words[0]), last: analysis.tokens.indexOf(words[words.length - 1]) };
  const inside = (n: ConceptHit) => n.first >= span.first && n.last <= span.last;
  const unhappy = analysis.inSentence("NOT", s).some(inside) || analysis.inSentence("NEGATIVE", s).some(inside);
  return unhappy && !has(analysis, "BEFORE", s) && reviewsInSentence(analysis, s).length === 0;
}

/**
 * "Contact us first / before you leave a review": in a review request, any "contact us before"
 * diverts the buyer from the review; elsewhere only when the sentence is about reviews or problems.
 */
function contactFirst(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return analysis.all("BEFORE").flatMap((before) => {
    const s = before.sentence;
    const reviewHere = reviewsInSentence(analysis, s).length > 0;
    const aboutReview = isReviewRequest(context) || reviewHere || has(analysis, "NEGATIVE", s);
    if (aboutReview && has(analysis, "CONTACT", s)) return [conceptEvidence(field, before)];
    // "Before you rate", "antes de avaliar" (the review after); verb-final languages put it after ("değerlendirmeden önce").
    const ordered = reviewsInSentence(analysis, s).some((review) => VERB_FINAL.has(context.language) || review.first > before.last);
    if (!ordered || analysis.negated(before, NEGATION_WINDOW, "before")) return [];
    // "If something went wrong, give us a chance before you rate": unhappy buyers turned away from
    // the review, whatever the sentence asks them to do instead.
    const problem = has(analysis, "CONDITION", s) && (has(analysis, "NOT", s) || has(analysis, "NEGATIVE", s) || has(analysis, "PROBLEM", s));
    // "… before you rate. Write to us and we will sort it out.": the contact in the next sentence.
    const contactBeside = [s - 1, s + 1].some((t) => t >= 0 && has(analysis, "CONTACT", t) && !has(analysis, "HELP", t));
    return problem || contactBeside ? [conceptEvidence(field, before)] : [];
  });
}

/** "If so, …" after a sentence about the buyer being pleased: the same condition, split in two. */
function ifSoConditions(field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return analysis.all("IF_SO").flatMap((ifSo) => {
    const pleased = [ifSo.sentence - 1, ifSo.sentence].some((s) => s >= 0 && has(analysis, "SATISFIED", s));
    return pleased && !balanced(analysis, ifSo.sentence) ? [conceptEvidence(field, ifSo)] : [];
  }).concat(thenAfterPleased(field, analysis));
}

/** "Happy with your blender? Then tell other buyers": "then" opening the answer to a question about being pleased. */
function thenAfterPleased(field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return analysis.all("THEN").flatMap((then) => {
    const s = then.sentence;
    const opens = analysis.tokens.findIndex((token) => token.sentence === s) === then.first;
    const asked = s > 0 && has(analysis, "SATISFIED", s - 1) && /[?？؟]\s*$/u.test(analysis.sentenceText(s - 1));
    return opens && asked && !balanced(analysis, s) ? [conceptEvidence(field, then)] : [];
  });
}

/** Phrase evidence whose praise or star count is denied ("we do not ask for a positive review"). */
function deniedPraise(analysis: FieldAnalysis, evidence: Evidence): boolean {
  return [...analysis.all("POSITIVE"), ...analysis.all("TOP_RATING")].some(
    (hit) => hit.start < evidence.end && hit.end > evidence.start && analysis.negated(hit, NEGATION_WINDOW),
  );
}

/**
 * "A good, average or bad review is equally welcome": praise offered as one of a balanced choice is
 * no push towards it. Top marks stay biased whatever else the sentence offers.
 */
function balancedPraise(analysis: FieldAnalysis, evidence: Evidence): boolean {
  if (evidence.sentence < 0) return false;
  const tops = analysis.inSentence("TOP_RATING", evidence.sentence).filter((top) => top.start < evidence.end && top.end > evidence.start);
  if (tops.length > 0 && tops.every((top) => wholeScale(analysis, top))) return true;
  return balanced(analysis, evidence.sentence) && tops.length === 0;
}

/** A review within a sentence of the evidence, other than the evidence's own words ("five stars"). */
function reviewBeside(analysis: FieldAnalysis, evidence: Evidence): boolean {
  return productReviews(analysis).some(
    (review) => Math.abs(review.sentence - evidence.sentence) <= 1 && (review.end <= evidence.start || review.start >= evidence.end),
  );
}

/**
 * Outside a review request, praise and top marks are biased where something is asked, offered or
 * made a condition around them, not where the seller tells of ratings the buyer asked about ("the
 * five-star rating you see comes from buyers").
 */
function askedNear(analysis: FieldAnalysis, sentence: number): boolean {
  return [sentence - 1, sentence, sentence + 1].some(
    (s) => s >= 0 && (has(analysis, "REQUEST", s) || has(analysis, "CONDITION", s) || has(analysis, "EXCHANGE", s)),
  );
}

/** Words between top marks and the lowest mark named beside them ("five stars or one"). */
const SCALE_WINDOW = 4;

/**
 * "Five stars or one star", "da una a cinque stelle": top marks named as one end of the whole scale
 * offer every rating; they push towards the top only on their own.
 */
function wholeScale(analysis: FieldAnalysis, top: Pick<ConceptHit, "first" | "last" | "sentence">): boolean {
  return analysis
    .inSentence("LOW_RATING", top.sentence)
    .some((low) => !(low.first >= top.first && low.last <= top.last) && analysis.gap(low, top) <= SCALE_WINDOW && !analysis.negated(low, NEGATION_WINDOW));
}

/** Five stars, full marks: biased where reviews are asked for (a review other than the stars themselves). */
function topRatings(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return analysis.all("TOP_RATING").filter((top) => !wholeScale(analysis, top)).flatMap((top) => {
    const otherReview = productReviews(analysis).some(
      (review) => Math.abs(review.sentence - top.sentence) <= 1 && (review.last < top.first || review.first > top.last),
    );
    return isReviewRequest(context) || (otherReview && askedNear(analysis, top.sentence)) ? [conceptEvidence(field, top)] : [];
  });
}

/** Star ratings written as symbols or "5/5" need no language. */
const STAR_SYMBOLS = /[★⭐✪✯✰☆]{2,}|(?<![\p{N}/])5\s?\/\s?5(?![\p{N}/])/gu;

/** Characters between "even" and the condition it turns ("even if", Turkish "memnun kalmasanız bile"). */
const CONCESSIVE_REACH = 12;

/** "Even if you are not satisfied": a condition that does not count, so it asks everyone. */
function concessive(analysis: FieldAnalysis, e: Evidence): boolean {
  return analysis.inSentence("CONCESSIVE", e.sentence).some((c) => c.end >= e.start - CONCESSIVE_REACH && c.start <= e.end + CONCESSIVE_REACH);
}

function biasEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  const reviewContext = (e: Evidence) => e.sentence >= 0 && (isReviewRequest(context) || nearProductReview(analysis, e.sentence, 1));
  const conditions = [...phraseEvidence(context, field, "satisfactionCondition"), ...satisfactionConditions(field, analysis)];
  return [
    ...phraseEvidence(context, field, "reviewBias").filter(
      (e) =>
        (isReviewRequest(context) || (reviewBeside(analysis, e) && askedNear(analysis, e.sentence))) &&
        !deniedPraise(analysis, e) &&
        !balancedPraise(analysis, e),
    ),
    ...conditions.filter((e) => reviewContext(e) && !balanced(analysis, e.sentence) && !mereOfferOfHelp(analysis, e) && !concessive(analysis, e)),
    ...praisedReviews(field, analysis),
    ...discouragedReviews(field, analysis, context.language),
    ...topRatings(context, field, analysis),
    ...analysis.all("HAPPY_BUYERS").map((hit) => conceptEvidence(field, hit)).filter(reviewContext),
    ...ifSoConditions(field, analysis).filter(reviewContext),
    ...contactFirst(context, field, analysis),
    ...[...field.view.text.matchAll(STAR_SYMBOLS)].map((m) => ({ field, start: m.index, end: m.index + m[0].length, sentence: 0 })),
  ];
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
    const follows = since || earlier.some((review) => review.sentence === s - 1 || (review.sentence === s && review.last < change.first));
    const asked = has(analysis, "REQUEST", s) || has(analysis, "CONDITION", s) || /[?？؟]\s*$/u.test(analysis.sentenceText(s));
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
