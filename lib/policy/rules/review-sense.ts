/**
 * Which review words mean a product review or seller feedback, and which sentences ask for one.
 * Many review words have other senses: a returned item is "reviewed", a claim is "assessed"
 * ("beoordeeld", "avaliada", "değerlendirildi"), a carrier writes a "report", a charger has a
 * power "rating". A review word counts as a product review unless a word of another sense stands
 * within a few words of it and nothing in the sentence (Amazon, the product page, other buyers)
 * confirms the review sense.
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { CheckContext, FieldText } from "../context";

/** A question, also one closed by a bracket or quote ("size needed (and your review later?)"). */
const QUESTION = /[?？؟][\s)\]）」』"'»”’]*$/u;

/** Words between a review word and a word that gives it another sense. */
const SENSE_WINDOW = 4;
/** Sentences over which another review word still takes up an earlier one of another sense. */
const SYNONYM_REACH = 2;
/** Words between a request and the review word it asks for. */
const ASKED_WINDOW = 4;

/** Punctuation that closes a clause: a word beyond it belongs to another phrase. */
/** Concepts that open a clause of their own ("… your review, written before the case was solved"). */
const CLAUSE_OPENERS = ["BEFORE", "CONDITION"] as const;

/**
 * Whether a word of another sense qualifies the review word: near it, and in the same phrase, with
 * no clause between them ("the review of your return" is an inspection; "your review was written
 * before the return was processed" is still a review).
 */
function qualifies(analysis: FieldAnalysis, hit: ConceptHit, other: ConceptHit): boolean {
  if (other.sentence !== hit.sentence || analysis.gap(hit, other) > SENSE_WINDOW) return false;
  const [a, b] = other.first > hit.last ? [hit, other] : [other, hit];
  if (b.first <= a.last) return true;
  const text = analysisText(analysis, a, b);
  if (CLAUSE_BREAK.test(text)) return false;
  return !CLAUSE_OPENERS.some((concept) => analysis.inSentence(concept, hit.sentence).some((o) => o.first > a.last && o.last < b.first));
}

/** The original text between two spans (their words excluded). */
function analysisText(analysis: FieldAnalysis, a: ConceptHit, b: ConceptHit): string {
  return analysis.between(analysis.tokens[a.last].end, analysis.tokens[b.first].start);
}

/**
 * The seller's own assessment, "our" right before the review word ("in our assessment the charger
 * was missing", "bei unserer Bewertung", "vår bedömning"): an inspection, not a buyer's review.
 */
function sellersOwn(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis.inSentence("OURS", hit.sentence).some((ours) => ours.last === hit.first - 1 && !OBJECT_TOO.has(analysis.tokens[ours.last]?.norm ?? ""));
}

/** Possessives that are also the object pronoun: Dutch "ons" ("geef ons sterren", give us stars). */
const OBJECT_TOO: ReadonlySet<string> = new Set(["ons"]);

export function isProductReview(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  if (headOfGoods(analysis, hit)) return false;
  // Star words of a star count inside a longer phrase of another sense ("the five-star border you
  // picked"): the stars are a design element, not a rating, wherever the sentence names Amazon.
  if (starsOfAThing(analysis, hit)) return false;
  // Amazon or the product page named in another clause does not undo a sense the review word's
  // own phrase gives it ("… shown on the product page; the energy label with its rating is in the box").
  const place = publicPlace(analysis, hit.sentence) && !(otherSense(analysis, hit) && !placeInClause(analysis, hit));
  if (place || analysis.inSentence("HONEST", hit.sentence).length > 0) return true;
  if (sellersOwn(analysis, hit)) return false;
  // In a customisation message "please review it once more" is about the design; a review written
  // once the item has arrived, or rewarded, is not ("after delivery, tell us in a review how it
  // feels", "whoever writes a review gets a gift"), nor one given in stars (a design gets no stars;
  // stars that are the engraving's own words, "5 estrelas" alone, ask for nothing).
  if (analysis.topic === "design") {
    const tops = analysis.inSentence("TOP_RATING", hit.sentence);
    const stars = tops.length > 0 && !tops.some((top) => top.first <= hit.last && top.last >= hit.first);
    return stars || praisedBeside(analysis, hit) || ["SHIPPED", "INCENTIVE"].some((concept) => analysis.inSentence(concept as "SHIPPED", hit.sentence).length > 0);
  }
  return !otherSense(analysis, hit) && !carriedOtherSense(analysis, hit);
}

/** A count in marks ("5 Sterne", "fünf Sterne", "one star"). */
const COUNT = /\p{N}|\b(?:ein|eine|einen|einem|zwei|drei|vier|fünf|one|two|three|four|five|un|une|deux|trois|quatre|cinq|uno|una|dos|tres|cuatro|cinco|cinque|quattro|een|twee|drie|vier|vijf|fem|pięć|beş)\b/iu;

/**
 * "Our straw stars … shall we wrap each star on its own?": a bare review word that is the head of a
 * compound of another sense named in the message (the goods: "Strohsterne", "Weihnachtsstern") is
 * one of those goods, unless its own sentence gives a rating: a place where reviews live, honesty,
 * top marks or a number of stars.
 */
export function headOfGoods(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  if (hit.first !== hit.last) return false;
  const word = analysis.tokens[hit.first];
  if (!word || word.norm.length < 4) return false;
  const compound = analysis.all("OTHER_SENSE").some((other) => {
    if (other.first !== other.last || other.first === hit.first) return false;
    const token = analysis.tokens[other.first];
    return token !== undefined && token.norm.length > word.norm.length && (token.norm.endsWith(word.norm) || token.stem.endsWith(word.stem));
  });
  if (!compound) return false;
  const s = hit.sentence;
  const rated = ["REVIEW_PLACE", "AMAZON", "HONEST"].some((c) => analysis.inSentence(c as "AMAZON", s).length > 0);
  // Top or low marks only with a count ("5 Sterne", "fünf Sterne"), not "alle Sterne" (all the goods).
  const marks = [...analysis.inSentence("TOP_RATING", s), ...analysis.inSentence("LOW_RATING", s)].some((m) => COUNT.test(analysis.between(m.start, m.end)));
  const counted = /\p{N}\s*$/u.test(analysis.between(analysis.tokens[hit.first - 1]?.end ?? word.start, word.start));
  return !rated && !marks && !counted;
}

/** Words between a review word and the praise that qualifies it ("a great little review"). */
const PRAISE_BESIDE = 2;

/**
 * "Leave us a great review", "एक बढ़िया सा रिव्यू": praise right beside the review word, in its
 * phrase, grades the product as stars do; a design check is approved or corrected, not praised.
 * Not in a sentence that asks for the design's approval or changes ("give it a good review and
 * reply OK"): there the review is the check.
 */
function praisedBeside(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  if (analysis.inSentence("ASK", hit.sentence).length > 0) return false;
  return analysis.inSentence("POSITIVE", hit.sentence).some((praise) => {
    if ((praise.first <= hit.last && praise.last >= hit.first) || analysis.gap(praise, hit) > PRAISE_BESIDE) return false;
    const [a, b] = praise.first > hit.last ? [hit, praise] : [praise, hit];
    return !CLAUSE_BREAK.test(analysisText(analysis, a, b)) && !analysis.negated(praise, PRAISE_BESIDE);
  });
}

function starsOfAThing(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  const inside = (outer: ConceptHit) => outer.first <= hit.first && outer.last >= hit.last;
  return (
    analysis.inSentence("TOP_RATING", hit.sentence).some(inside) &&
    analysis.inSentence("OTHER_SENSE", hit.sentence).some((other) => inside(other) && other.last - other.first > hit.last - hit.first)
  );
}

function otherSense(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis.inSentence("OTHER_SENSE", hit.sentence).some((other) => qualifies(analysis, hit, other));
}

/**
 * A request for the review word itself ("please write your assessment"): near it and in its clause,
 * not a request elsewhere in the sentence ("if you think the assessment is wrong, please reply").
 */
function askedFor(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis.inSentence("REQUEST", hit.sentence).some((request) => {
    if (analysis.gap(hit, request) > ASKED_WINDOW) return false;
    const [a, b] = request.first > hit.last ? [hit, request] : [request, hit];
    return b.first <= a.last || !CLAUSE_BREAK.test(analysisText(analysis, a, b));
  });
}

/**
 * "… set aside for a conformity assessment. The assessment should take a week.": a review word
 * that takes up an earlier mention of the same word keeps that mention's other sense, unless its
 * own sentence asks for it or names where reviews live.
 */
function carriedOtherSense(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  if (askedFor(analysis, hit) || QUESTION.test(analysis.sentenceText(hit.sentence))) return false;
  const word = analysis.tokens[hit.first];
  if (!word) return false;
  // The same word, or the head of an earlier compound ("Konformitätsbewertung … die Bewertung").
  const same = (earlier: ConceptHit) => {
    const other = analysis.tokens[earlier.last];
    return other !== undefined && (other.stem === word.stem || (other.norm.length > word.norm.length && other.norm.endsWith(word.norm)));
  };
  // Or a synonym taking it up shortly after ("the technician's opinion … information that could
  // change this assessment"): the talk is still of that assessment.
  const takenUp = (earlier: ConceptHit) => same(earlier) || hit.sentence - earlier.sentence <= SYNONYM_REACH;
  return analysis
    .all("REVIEW")
    .some(
      (earlier) =>
        earlier.sentence < hit.sentence &&
        takenUp(earlier) &&
        !publicPlace(analysis, earlier.sentence) &&
        analysis.inSentence("HONEST", earlier.sentence).length === 0 &&
        otherSense(analysis, earlier),
    );
}

/** Words between Amazon and a messages word that make it the channel ("Amazon messages", "mensagens da Amazon"). */
const CHANNEL_WINDOW = 1;

/**
 * Amazon named as the channel the buyer answers through ("reply in Amazon messages", "via de
 * Amazon-berichtenservice", "über die Amazon-Nachrichten"): the messaging service, not the place
 * where reviews live.
 */
function amazonChannel(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis.inSentence("MESSAGES", hit.sentence).some((messages) => {
    if (messages.first <= hit.last && messages.last >= hit.first) return false;
    if (analysis.gap(hit, messages) > CHANNEL_WINDOW) return false;
    const [a, b] = messages.first > hit.last ? [hit, messages] : [messages, hit];
    return !CLAUSE_BREAK.test(analysisText(analysis, a, b));
  });
}

function publicPlace(analysis: FieldAnalysis, sentence: number): boolean {
  const channels = analysis.inSentence("AMAZON", sentence).filter((hit) => amazonChannel(analysis, hit));
  const channel = (hit: ConceptHit) => channels.some((c) => c.first <= hit.last && c.last >= hit.first);
  return analysis.inSentence("REVIEW_PLACE", sentence).some((hit) => !channel(hit)) || analysis.inSentence("AMAZON", sentence).some((hit) => !channel(hit));
}

/** A public place in the review word's own clause. */
function placeInClause(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  const places = [...analysis.inSentence("REVIEW_PLACE", hit.sentence), ...analysis.inSentence("AMAZON", hit.sentence)];
  return places.some((place) => {
    if (place.first <= hit.last && place.last >= hit.first) return true;
    const [a, b] = place.first > hit.last ? [hit, place] : [place, hit];
    return !CLAUSE_BREAK.test(analysisText(analysis, a, b));
  });
}

const reviewCache = new WeakMap<FieldAnalysis, ConceptHit[]>();

/**
 * Review words of the field in the product-review sense, and opinions offered where reviews live
 * ("a few lines on the product page", "your experience on Amazon").
 */
export function productReviews(analysis: FieldAnalysis): ConceptHit[] {
  let found = reviewCache.get(analysis);
  if (!found) {
    const reviews = analysis.all("REVIEW").filter((hit) => isProductReview(analysis, hit));
    const opinions = analysis.all("OPINION").filter((hit) => placeOfLine(analysis, hit.sentence));
    found = [...reviews, ...opinions].sort((a, b) => a.first - b.first);
    reviewCache.set(analysis, found);
  }
  return found;
}

/** Whether a sentence, or one within `span` sentences of it, speaks of product reviews. */
export function nearProductReview(analysis: FieldAnalysis, sentence: number, span = 1): boolean {
  return productReviews(analysis).some((hit) => Math.abs(hit.sentence - sentence) <= span);
}

export function reviewsInSentence(analysis: FieldAnalysis, sentence: number): ConceptHit[] {
  return productReviews(analysis).filter((hit) => hit.sentence === sentence);
}


/**
 * Review words that are asked for: in a sentence with a request word other than the review word
 * itself ("please", "would you", "leave", "we would appreciate"), or in a question.
 */
export function requestedReviews(analysis: FieldAnalysis, proactive: boolean): ConceptHit[] {
  return productReviews(analysis).filter((hit) => {
    // "We do not ask you for any review" asks for none.
    const asks = analysis
      .inSentence("REQUEST", hit.sentence)
      .some((request) => (request.last < hit.first || request.first > hit.last) && !analysis.negated(request, 1, "before"));
    // A message sent on the seller's initiative has no reason to speak of reviews on Amazon but to
    // ask for one; a reply may be answering the buyer's question about them.
    return asks || QUESTION.test(analysis.sentenceText(hit.sentence)) || (proactive && placeOfLine(analysis, hit.sentence));
  });
}

/** A public place in the sentence, or, for a heading of a note ("REZENSION" over "- auf Amazon, dauert 1 Min."), in the line below. */
function placeOfLine(analysis: FieldAnalysis, sentence: number): boolean {
  return publicPlace(analysis, sentence) || (isHeading(analysis, sentence) && publicPlace(analysis, sentence + 1));
}

/** Words at most in a heading line. */
const HEADING_WORDS = 4;

/** A short line in capitals with no closing punctuation ("REZENSION", "NACH DEM TERMIN"): a heading over the lines below. */
function isHeading(analysis: FieldAnalysis, sentence: number): boolean {
  const text = analysis.sentenceText(sentence).trim();
  const words = analysis.tokens.filter((t) => t.sentence === sentence).length;
  return words > 0 && words <= HEADING_WORDS && !/[.!?:;,]$/u.test(text) && /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/**
 * Opinions asked for once the buyer has used the product ("once you have tried it for a few days,
 * would you tell us what you think?"): the shape of a review request even where no review word
 * or Amazon page is named. Not opinions about a problem, a proof or a claim.
 */
export function requestedOpinions(analysis: FieldAnalysis): ConceptHit[] {
  return analysis.all("OPINION").filter((hit) => {
    const s = hit.sentence;
    const asked = analysis.inSentence("REQUEST", s).length > 0 || QUESTION.test(analysis.sentenceText(s));
    const afterUse = [s, s - 1].some((t) => t >= 0 && analysis.inSentence("TRIED", t).length > 0);
    // A word of another sense only counts in the opinion's own clause ("address needed, and your
    // opinion later?"), as for review words; a remedy or a complaint anywhere in the sentence.
    const sameClause = (other: ConceptHit) =>
      !CLAUSE_BREAK.test(other.last < hit.first ? analysis.between(other.end, hit.start) : analysis.between(hit.end, other.start));
    const otherTopic =
      analysis.inSentence("OTHER_SENSE", s).some(sameClause) || ["REMEDY", "NEGATIVE"].some((c) => analysis.inSentence(c as "REMEDY", s).length > 0);
    return asked && afterUse && !otherTopic;
  });
}

/** Both fields' analyses, subject first. */
export function fieldAnalyses(context: CheckContext): { field: FieldText; analysis: FieldAnalysis }[] {
  return [context.subject, context.body].map((field) => ({ field, analysis: context.concepts(field) }));
}

/** Whether the variant speaks of product reviews anywhere (subject or body). */
export function mentionsProductReview(context: CheckContext): boolean {
  return fieldAnalyses(context).some(({ analysis }) => productReviews(analysis).length > 0);
}
