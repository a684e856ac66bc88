/**
 * Biased review requests: asking only pleased buyers, or for praise, top ratings or five stars, or
 * sending unhappy buyers to the seller instead of a review. Part of the review rules (review.ts).
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { CheckContext, FieldText } from "../context";
import { conceptEvidence, phraseEvidence, spanEvidence, type Evidence } from "./evidence";
import { discouragedReviews } from "./review-discouraged";
import { nearProductReview, productReviews, reviewsInSentence } from "./review-sense";
import { CONDITION_WINDOW, NEGATION_WINDOW, PRAISE_WINDOW, SELF_WINDOW, VERB_FINAL, has, isReviewRequest } from "./review-shared";


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

/**
 * Finite verbs that open a condition without "if" in languages that invert it ("Haben Ihnen die
 * Tücher Freude gemacht, wären wir …", "Bent u tevreden, laat dan …", "Är du nöjd, …", "Should you
 * be happy, …").
 */
const INVERTED_CONDITION: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(["hat", "haben", "hatte", "hatten", "hätte", "hätten", "ist", "sind", "war", "waren", "wäre", "wären", "gefällt", "gefallen", "gefiel", "macht", "machte", "konnte", "konnten", "entspricht", "erfüllt", "sollte", "sollten"]),
  nl: new Set(["bent", "ben", "is", "was", "heb", "hebt", "heeft", "had", "bevalt", "beviel", "zijn", "waren", "mocht", "mochten"]),
  sv: new Set(["är", "var", "har", "hade", "gillar", "gillade", "blev"]),
  en: new Set(["should", "were", "had"]),
};

/** A condition on the buyer's pleasure opened by the verb, before the first break of a statement. */
function invertedConditions(field: FieldText, analysis: FieldAnalysis, language: string): Evidence[] {
  const verbs = INVERTED_CONDITION[language];
  if (!verbs) return [];
  return analysis.tokens.flatMap((token, first) => {
    const s = token.sentence;
    // The verb opens the sentence, or what follows a colon ("Bestellung 123: Haben Ihnen …").
    const opens = first === 0 || analysis.tokens[first - 1].sentence !== s || /[:;]/u.test(analysis.between(analysis.tokens[first - 1].end, token.start));
    if (!opens || !verbs.has(token.norm) || /[?？]\s*$/u.test(analysis.sentenceText(s))) return [];
    const opener = { concept: "CONDITION" as const, first, last: first, start: analysis.tokens[first].start, end: analysis.tokens[first].end, sentence: s };
    const self = analysis.inSentence("SELF", s);
    const pleased = analysis
      .inSentence("SATISFIED", s)
      .find((p) => !CLAUSE_BREAK.test(analysis.between(opener.end, p.start)) && !self.some((w) => w.first > first && w.last < p.first));
    return pleased ? [spanEvidence(field, opener, pleased)] : [];
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
    // "You asked whether to write the review first or talk to us. That is entirely your decision":
    // the buyer's own question restated in a reply that leaves the choice to them.
    if (context.purpose.id === "buyer-reply" && has(analysis, "BUYER_ASKED", s) && [s, s + 1].some((t) => has(analysis, "EITHER", t))) return [];
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

/**
 * Words that make "5 star rating" an attribute of the thing named next (Hindi "5 स्टार रेटिंग वाला
 * AC", the 5-star-rated AC): the stars are the product's own grade, e.g. an energy label.
 */
const ATTRIBUTIVE: ReadonlySet<string> = new Set(["वाला", "वाली", "वाले"]);

/** Top ratings whose own rating word is made an attribute ("5 स्टार रेटिंग वाला"), not a rating asked for. */
function attributeStars(analysis: FieldAnalysis): ConceptHit[] {
  const reviews = analysis.all("REVIEW");
  return analysis.all("TOP_RATING").filter((top) =>
    reviews.some((review) => review.first === top.last + 1 && ATTRIBUTIVE.has(analysis.tokens[review.last + 1]?.norm ?? "")),
  );
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

export function biasEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  const attributes = isReviewRequest(context) ? [] : attributeStars(analysis);
  const attribute = (e: Evidence) => attributes.some((top) => top.start < e.end && top.end > e.start);
  return allBiasEvidence(context, field, analysis).filter((e) => !attribute(e));
}

function allBiasEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  const reviewContext = (e: Evidence) => e.sentence >= 0 && (isReviewRequest(context) || nearProductReview(analysis, e.sentence, 1));
  const conditions = [...phraseEvidence(context, field, "satisfactionCondition"), ...satisfactionConditions(field, analysis), ...invertedConditions(field, analysis, context.language)];
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
