/**
 * Messages without a purpose of their own: nothing but thanks, an offer of help, or news of the
 * shipment Amazon already sends, wrapped in courtesies. Amazon names all three as messages not to
 * send. A sentence is filler when the language's filler phrases or concepts (THANKS, HELP,
 * SHIPPED, WELLWISH) cover it and nothing in it gives the message a job (ASK: a choice to make, an
 * attachment, a key, a problem; a review; a question).
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { Concept } from "../concepts/types";
import type { CheckContext } from "../context";
import type { PhraseCategory } from "../phrases/types";
import { purposesWhere } from "../purposes";
import { letterWeight } from "../text-measure";
import { defineRule } from "./define";
import { RECAP_PURPOSES, ownOpinion, recapped } from "./purposeless-recap";
import { headOfGoods } from "./review-sense";
import { labelDenied, tipSentences } from "./purposeless-tips";

const FILLER_CATEGORIES: readonly PhraseCategory[] = ["thanks", "helpOffer", "confirmation", "courtesy"];
/** Letters a sentence needs beyond courtesies and placeholders to say something of its own. */
const SUBSTANCE_LETTERS = 12;
const URL_OR_NUMBER = /(?:https?:\/\/|www\.)\S+|[\p{N}][\p{N}\s.,:/-]*/gu;
type FillerKind = "confirmation" | "helpOffer" | "thanks";

const FILLER_CONCEPTS: readonly Concept[] = ["THANKS", "HELP", "SHIPPED", "WELLWISH"];
/** Concepts that give a sentence a job of its own. */
const SUBSTANCE_CONCEPTS: readonly Concept[] = ["ASK", "REVIEW", "OPINION", "INCENTIVE", "MARKETING", "MESSENGER", "REMEDY"];
/** Words between "if" and the problem an offer of help is conditioned on. */
const CONDITION_WINDOW = 5;
/** Words between the seller ("we") and its own feeling ("we truly appreciate"). */
const SELF_WINDOW = 2;
/** Words between a negation and the job it denies ("there is nothing you need to do"). */
const NEGATION_WINDOW = 3;
const QUESTION = /[?？؟]\s*$/u;

/** Courtesy concepts in whose company a "please" offers help rather than asks ("please contact us"). */
const COURTESY_CONCEPTS: readonly Concept[] = ["THANKS", "HELP", "WELLWISH", "CONTACT"];

/** Languages that negate after what they deny ("遅延などの問題はなく", "sorun yok"). */
const NEGATES_AFTER: ReadonlySet<string> = new Set(["ja", "hi", "tr"]);

/**
 * A job word denied by a negation before it in the same clause ("nothing you need to do"; not
 * "you need to do nothing, the parcel ships as usual", where the shipping is not denied), or after
 * it in languages that negate after; not one that holds the negation ("nicht lieferbar").
 */
function denied(analysis: FieldAnalysis, hit: ConceptHit, language: string): boolean {
  // "Whether it arrived or not" (या नहीं) asks both ways; that "not" denies nothing.
  const eithers = analysis.inSentence("EITHER", hit.sentence);
  const negations = [...analysis.inSentence("NOT", hit.sentence), ...analysis.inSentence("WITHOUT", hit.sentence)].filter(
    (not) => !eithers.some((e) => e.first <= not.first && e.last >= not.last),
  );
  return negations.some((not) => {
    if (not.last < hit.first) return analysis.gap(not, hit) <= NEGATION_WINDOW && !CLAUSE_BREAK.test(analysis.between(not.end, hit.start));
    // After it only a problem word is denied ("遅延などの問題はなく", no delay or other problem);
    // availability denied after ("स्टॉक में न होने", not being in stock) is the problem itself.
    const problems = [...analysis.inSentence("PROBLEM", hit.sentence), ...analysis.inSentence("REMEDY", hit.sentence)];
    const problemWord = problems.some((p) => p.first <= hit.last && p.last >= hit.first) || problems.some((p) => p.first > hit.last && p.last < not.first);
    return (
      NEGATES_AFTER.has(language) &&
      problemWord &&
      not.first > hit.last &&
      analysis.gap(hit, not) <= NEGATION_WINDOW &&
      !CLAUSE_BREAK.test(analysis.between(hit.end, not.start))
    );
  });
}

/**
 * "Although some carriers are delayed by the strike, your order is on its way": a problem named in
 * a concessive clause about others is what the buyer's order is spared, not the message's job.
 */
function concededElsewhere(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  const clauseOf = (from: ConceptHit) => !CLAUSE_BREAK.test(analysis.between(from.end, hit.start));
  const conceded = analysis.inSentence("CONCESSIVE", hit.sentence).some((c) => c.last < hit.first && clauseOf(c));
  if (!conceded) return false;
  return analysis.inSentence("THIRD_PARTY", hit.sentence).some((t) => !CLAUSE_BREAK.test(analysis.between(Math.min(hit.end, t.end), Math.max(hit.start, t.start))));
}

/**
 * The warranty itself named ("your kettle comes with a 2-year warranty", "la garanzia è automatica"):
 * in a warranty message, that the warranty exists is no job; a card or certificate sent, a step to
 * take or a claim to make is (their own job words).
 */
const WARRANTY_WORD = /^(?:warrant|guarant|garant|garanz|gwaranc|保証|ضمان|الضمان|वारंटी|गारंटी)/iu;
/** An invoice said to wait in the Amazon account, in a message that needs nothing: the seller sends none. */
const INVOICE_WORD = /^(?:invoice|rechnung|facture|factura|fattur|fatura|nota fiscal|faktur|請求書|領収書|فاتورة|बिल|चालान)/iu;

function hasSubstance(analysis: FieldAnalysis, sentence: number, language: string, warranty = false, recap = false, invoice = false): boolean {
  const inAmazon = invoice && analysis.inSentence("AMAZON", sentence).length > 0;
  const named = (hit: ConceptHit) =>
    (warranty && WARRANTY_WORD.test(analysis.between(hit.start, hit.end))) || (inAmazon && INVOICE_WORD.test(analysis.between(hit.start, hit.end)));
  const fillers = FILLER_CONCEPTS.flatMap((concept) => analysis.inSentence(concept, sentence));
  const confirming = (hit: ConceptHit) => fillers.some((w) => w.concept !== hit.concept && w.first <= hit.first && w.last >= hit.last);
  // "Your order cannot ship as planned": shipping denied is the problem the message is about; not
  // when it is only the condition of an offer to be contacted ("if it hasn't arrived yet, reply and
  // we'll sort it out"), nor inside a courtesy ("no report has reached us").
  if (analysis.inSentence("SHIPPED", sentence).some((hit) => denied(analysis, hit, language) && !conditionOfOffer(analysis, hit) && !confirming(hit))) return true;
  const filler = FILLER_CONCEPTS.some((concept) => analysis.inSentence(concept, sentence).length > 0);
  // "Did everything arrive as expected?" checks in; "Which size would you like?" asks.
  if (QUESTION.test(analysis.sentenceText(sentence)) && !filler) return true;
  // "Please tell us the door number": a request that is not an offer of help, a thank-you or a wish.
  const courtesy = COURTESY_CONCEPTS.some((concept) => analysis.inSentence(concept, sentence).length > 0);
  // "We confirm that your order …", "we just wanted to let you know", "we'll keep you posted": a
  // request or job word inside a filler phrase is the seller's courtesy, not a request to the buyer
  // (`confirming`, above).
  // Not the seller's own pleasure ("يسعدنا أن نبلغك", we are pleased to tell you).
  const selves = analysis.inSentence("SELF", sentence);
  // Nor the seller's own statement ("we truly appreciate your support").
  const asks = analysis
    .inSentence("REQUEST", sentence)
    .some((r) => !confirming(r) && !selves.some((self) => (self.first <= r.last && self.last >= r.first) || (self.last < r.first && analysis.gap(self, r) <= SELF_WINDOW)));
  if (!courtesy && asks) return true;
  // In an offer of help, "tell us" / "reply" is the offer, not a question to answer.
  const helping = analysis.inSentence("HELP", sentence).length > 0;
  const offerWords = [...analysis.inSentence("REPLY", sentence), ...analysis.inSentence("CONTACT", sentence)];
  // "If you have any problems, let us know": the problem is the condition of the offer, not a job.
  const conditions = analysis.inSentence("CONDITION", sentence);
  // "If a screw is missing or the shade wobbles, write to us": a problem the buyer might have, named
  // in the condition of an offer to be contacted, is the offer's condition however long the list.
  const problems = analysis.inSentence("PROBLEM", sentence);
  const conditionalProblem = (hit: ConceptHit) =>
    offerWords.length > 0 && problems.some((p) => p.first <= hit.last && p.last >= hit.first) && conditions.some((c) => c.last < hit.first);
  // "For any problem, we are at your disposal": the problem is what the help is offered for.
  const helpFor = (hit: ConceptHit) => helping && !asks && problems.some((p) => p.first <= hit.last && p.last >= hit.first);
  // The offer's own word ("reply", "write to us"), not a job phrase around it that says what to send
  // ("reply with the day that suits you").
  const offered = (hit: ConceptHit) =>
    conditionalProblem(hit) ||
    helpFor(hit) ||
    (helping &&
      (offerWords.some((w) => w.first <= hit.first && w.last >= hit.last) ||
        conditions.some((c) => c.first <= hit.first && analysis.gap(c, hit) <= CONDITION_WINDOW)));
  // "Some deliveries are delayed these weeks. We don't know whether yours is affected": a problem
  // the seller cannot tie to this order is no news of it (only problem words; a choice still asks).
  const unsure = [sentence, sentence + 1].some((s) => analysis.inSentence("UNSURE", s).length > 0);
  const problemWords = [...analysis.inSentence("PROBLEM", sentence), ...analysis.inSentence("REMEDY", sentence)];
  const unsureProblem = (hit: ConceptHit) => unsure && problemWords.some((p) => p.first <= hit.last && p.last >= hit.first);
  return SUBSTANCE_CONCEPTS.some((concept) =>
    analysis
      .inSentence(concept, sentence)
      .filter((hit) => !unsureProblem(hit))
      .some((hit) =>
        concept === "ASK"
          ? !named(hit) &&
            !(recap && recapped(analysis, hit)) &&
            !denied(analysis, hit, language) &&
            !labelDenied(analysis, hit) &&
            !offered(hit) &&
            !confirming(hit) &&
            !thankedFor(analysis, hit) &&
            !concededElsewhere(analysis, hit)
          : !conditionalProblem(hit) &&
            !ownOpinion(analysis, hit) &&
            // "jeder Stern" in a letter about straw stars is one of the goods, not a review.
            !(concept === "REVIEW" && headOfGoods(analysis, hit)) &&
            !concededElsewhere(analysis, hit) &&
            // "No delay or other problem": a remedy word denied is no problem to report.
            !(concept === "REMEDY" && denied(analysis, hit, language)) &&
            !(concept === "REMEDY" && named(hit)) &&
            // "We are at your disposal should anything be missing": the problem is the help's condition.
            !(concept === "REMEDY" && offered(hit)) &&
            (!CONFIRMABLE.includes(concept) || !confirming(hit)),
      ),
  );
}

/** Concepts that offer to be contacted ("reply to this message", "write to us", "we're here to help"). */
const OFFER_CONCEPTS: readonly Concept[] = ["REPLY", "CONTACT", "HELP"];

/**
 * Words between "if" and a word of its clause ("if anything at all isn't right when it arrives"):
 * the clause runs on without a break, so it may be longer than a condition's problem word.
 */
const OFFER_CONDITION_WINDOW = 8;

/** A word in the "if" clause of an offer to be contacted: the offer's condition, not news. */
function conditionOfOffer(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  if (!OFFER_CONCEPTS.some((concept) => analysis.inSentence(concept, hit.sentence).length > 0)) return false;
  return analysis
    .inSentence("CONDITION", hit.sentence)
    .some((c) => c.last < hit.first && analysis.gap(c, hit) <= OFFER_CONDITION_WINDOW && !CLAUSE_BREAK.test(analysis.between(c.end, hit.start)));
}

/**
 * Job words that a filler phrase may hold ("handed to the carrier" holds the French word for a
 * discount; "we just wanted to know how you are getting on" holds an opinion asked).
 */
const CONFIRMABLE: readonly Concept[] = ["REMEDY", "INCENTIVE", "OPINION"];
/** Words between "we would like" and the thanks it leads into. */
const LEAD_WINDOW = 2;
/** Words between "thank you for" and what the buyer is thanked for. */
const THANKED_WINDOW = 5;

/**
 * "Thank you for adding the installation service": what the buyer is thanked for is done, not a job
 * the message gives them. Not where the sentence asks ("thanks in advance for confirming the size").
 */
function thankedFor(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  const thanksHits = analysis.inSentence("THANKS", hit.sentence);
  // "We would like to thank you for choosing" (نود أن نشكرك): a wish that leads into the thanks is
  // the seller's, not a request to the buyer.
  const leadsIntoThanks = (request: ConceptHit) => thanksHits.some((thanks) => request.last < thanks.first && analysis.gap(request, thanks) <= LEAD_WINDOW);
  if (analysis.inSentence("REQUEST", hit.sentence).some((request) => !leadsIntoThanks(request))) return false;
  return thanksHits
    .some(
      (thanks) =>
        thanks.last < hit.first &&
        analysis.gap(thanks, hit) <= THANKED_WINDOW &&
        !CLAUSE_BREAK.test(analysis.between(thanks.end, hit.start)),
    );
}

function isFillerSentence(analysis: FieldAnalysis, sentence: number, lenient: boolean, language: string, warranty: boolean, recap: boolean, invoice: boolean): boolean {
  if (hasSubstance(analysis, sentence, language, warranty, recap, invoice)) return false;
  return lenient || FILLER_CONCEPTS.some((concept) => analysis.inSentence(concept, sentence).length > 0);
}

/**
 * Purposes whose job is asking something (an order detail, a delivery day, an appointment, a design)
 * or carrying a named thing (an invoice, a warranty) or telling of a problem: a message of theirs
 * with nothing of the kind, only thanks and shipping news, is purposeless even when its wording is
 * new to us. Legal disclosures and access keys carry texts we cannot list, so only known fillers
 * count there.
 */
const ASKING_PURPOSES: ReadonlySet<string> = new Set([
  "order-details",
  "delivery-scheduling",
  "order-problem",
  "return-followup",
  "invoice",
  "warranty",
  "service-appointment",
  "customization",
]);

const KIND_CONCEPT: Record<FillerKind, Concept> = { confirmation: "SHIPPED", thanks: "THANKS", helpOffer: "HELP" };

/**
 * What the body does when nothing in it goes beyond thanks, offers of help, confirmations and
 * courtesies. Null when any sentence has substance.
 */
function purposelessKind(context: CheckContext): { kind: FillerKind; first: { start: number; end: number } } | null {
  const body = context.body;
  const text = body.view.text;
  if (text.trim() === "" || !context.phrases) return null;
  const analysis = context.concepts(body);
  const lenient = ASKING_PURPOSES.has(context.purpose.id);
  const fillerPhrases = FILLER_CATEGORIES.some((category) => category !== "courtesy" && context.matches(body, category).length > 0);
  if (lenient && !fillerPhrases && !FILLER_CONCEPTS.some((concept) => analysis.all(concept).length > 0)) return null;
  // A question asking the buyer to choose gives the message its purpose, however short it is once
  // the courtesies in it are set aside ("Welke dag past u het beste?"); "¿Qué tal?" only greets.
  const choosing = (index: number) => QUESTION.test(analysis.sentenceText(index)) && analysis.inSentence("ASK", index).length > 0 && hasSubstance(analysis, index, context.language);
  if (body.sentences.some((_, index) => choosing(index))) return null;
  // A warranty message that tells the buyer nothing is needed ("there is no card to fill in", "Sie
  // müssen nichts weiter tun"): the warranty it names is then all it carries.
  const nothingNeeded = analysis.all("WELLWISH").some((w) => analysis.inSentence("NOT", w.sentence).some((not) => not.first >= w.first && not.last <= w.last));
  const warrantyOnly = context.purpose.id === "warranty" && nothingNeeded;
  // An order read back to the buyer with nothing needed from them: its details are the recap.
  const recap = RECAP_PURPOSES.has(context.purpose.id) && nothingNeeded;
  const invoiceInAccount = context.purpose.id === "invoice" && nothingNeeded;
  // Blank out everything that carries no purpose; what is left in a sentence is its substance.
  const blank = text.split("");
  const blankRange = (start: number, end: number) => blank.fill(" ", start, end);
  for (const category of FILLER_CATEGORIES) {
    for (const m of context.matches(body, category)) blankRange(m.start, m.end);
  }
  const tips = tipSentences(analysis);
  body.sentences.forEach((sentence, index) => {
    if (tips.has(index) || isFillerSentence(analysis, index, lenient, context.language, warrantyOnly, recap, invoiceInAccount)) blankRange(sentence.start, sentence.end);
  });
  for (const p of body.view.placeholders) blankRange(p.start, p.end);
  for (const m of text.matchAll(URL_OR_NUMBER)) blankRange(m.index, m.index + m[0].length);
  const remaining = blank.join("");
  for (const sentence of body.sentences) {
    if (letterWeight(remaining.slice(sentence.start, sentence.end)) >= SUBSTANCE_LETTERS) return null;
  }
  for (const kind of ["confirmation", "thanks", "helpOffer"] as const) {
    const first = context.matches(body, kind)[0] ?? analysis.all(KIND_CONCEPT[kind])[0];
    if (first) return { kind, first };
  }
  // Only "we just wanted to make sure you're happy": checking in is offering help unasked.
  const checkIn = analysis.all("WELLWISH")[0];
  return checkIn ? { kind: "helpOffer", first: checkIn } : null;
}

const purposelessCache = new WeakMap<CheckContext, ReturnType<typeof purposelessKind>>();
function purposelessOnce(context: CheckContext) {
  if (!purposelessCache.has(context)) purposelessCache.set(context, purposelessKind(context));
  return purposelessCache.get(context) ?? null;
}

export function purposelessRule(id: string, kind: FillerKind) {
  return defineRule<CheckContext>({
    id,
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    purposes: purposesWhere((p) => p.proactive),
    check: (context) => {
      const found = purposelessOnce(context);
      return found?.kind === kind ? [{ target: { field: "body", start: found.first.start, end: found.first.end } }] : [];
    },
  });
}
