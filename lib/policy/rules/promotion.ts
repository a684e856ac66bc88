/**
 * Marketing and opt-out: messages may not promote (coupons, new collections, prize draws, the
 * seller's own shop) and may not offer a way to stop receiving messages ("reply STOP",
 * "unsubscribe"), which the guidelines name as prohibited content.
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { CheckContext, FieldText } from "../context";
import { isOptOutUrl } from "../links";
import { defineRule } from "./define";
import { collectEvidence, conceptEvidence, phraseEvidence, spanEvidence, type Evidence } from "./evidence";
import { collectOffered } from "./declined";
import { linksOf } from "./links-in-text";

/** Words between an invitation and the seller's channel ("take a look at the rest of our shop"). */
const VISIT_WINDOW = 6;
/** Words between a recommendation and the seller's own product it recommends. */
const RECOMMEND_WINDOW = 4;
/** Words between "no longer want" and the messages not wanted. */
const REFUSE_WINDOW = 5;
/** Words between a reply verb and the keyword to send. */
const KEYWORD_WINDOW = 5;

/**
 * Keywords buyers are told to send to stop messages, in the marketplaces' languages. Only counted
 * when written in capitals or in quotes next to a reply verb ("reply STOP", "antworten Sie «STOPP»").
 */
const STOP_KEYWORDS = new Set([
  "stop", "stopp", "stoppen", "unsubscribe", "end", "cancel", "quit", "optout", "baja", "alto", "parar", "pare", "sair", "arret", "fin",
  "basta", "stoppa", "avsluta", "afmelden", "koniec", "rezygnuje", "dur", "iptal", "durdur", "ayril", "ايقاف", "الغاء", "توقف", "रोकें",
  "बंद", "停止", "解除",
]);
const QUOTES = /["'«»“”„‚‘’「」『』]/u;

function marketingEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  // "Our new collection is in our Amazon shop. Do drop by!": the invitation may follow.
  const ownChannels = analysis.all("OWN_SHOP").flatMap((shop) => {
    const visit =
      analysis.inSentence("VISIT", shop.sentence).find((v) => analysis.gap(v, shop) <= VISIT_WINDOW) ?? analysis.inSentence("VISIT", shop.sentence + 1)[0];
    return visit ? [conceptEvidence(field, shop)] : [];
  });
  const promoted = [
    ...phraseEvidence(context, field, "marketing"),
    ...analysis.all("MARKETING").map((hit) => conceptEvidence(field, hit)),
    ...percentOff(field, analysis),
  ];
  // "We recommend our matching covers" (not "we recommend washing at 30 °C").
  const recommended = analysis.all("RECOMMEND").flatMap((tip) => {
    const ours = analysis.inSentence("OURS", tip.sentence).find((o) => o.first > tip.last && analysis.gap(tip, o) <= RECOMMEND_WINDOW);
    return ours ? [spanEvidence(field, tip, ours)] : [];
  });
  return [
    ...promoted.filter((e) => !notTheSellers(context.language, analysis, e) && !alreadyGranted(analysis, e) && !deliveredKey(context, analysis, e)),
    ...ownChannels,
    ...recommended,
  ];
}

/**
 * A key as sellers of digital goods write it: groups of letters and digits joined by hyphens
 * ("K7Q2-88XR-T4LA", "ABCDE-12345-FGHIJ"), or one long run mixing both; not a short promo word
 * ("SAVE10").
 */
const KEY_STRING = /(?<![\p{L}\p{N}])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])(?:[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,}|[A-Z0-9]{12,})(?![\p{L}\p{N}])/u;

/**
 * "Gift card code: K7Q2-88XR-T4LA" in a digital-access-key message: a voucher or gift card that is
 * the purchase itself, sent with its key, is the delivery the purpose exists for, not a coupon. Not
 * where a reduction or another promotion stands in the sentence ("… 10 % off your next order").
 */
function deliveredKey(context: CheckContext, analysis: FieldAnalysis, evidence: Evidence): boolean {
  if (context.purpose.id !== "digital-access-key" || evidence.sentence < 0) return false;
  const s = evidence.sentence;
  const overlaps = (hit: { start: number; end: number }) => hit.start < evidence.end && hit.end > evidence.start;
  if (analysis.inSentence("MARKETING", s).some((hit) => !overlaps(hit)) || analysis.inSentence("DISCOUNT", s).length > 0) return false;
  if (A_PERCENTAGE.test(analysis.sentenceText(s))) return false;
  return KEY_STRING.test(analysis.sentenceText(s));
}

/**
 * "The 10 % discount applied at checkout appears on the invoice", "a partial refund, about 20 % of
 * the price": a reduction this order already got, or the size of a refund, in a sentence that
 * promotes nothing else (no "on your next order").
 */
function alreadyGranted(analysis: FieldAnalysis, evidence: Evidence): boolean {
  if (evidence.sentence < 0) return false;
  const s = evidence.sentence;
  const overlaps = (hit: { start: number; end: number }) => hit.start < evidence.end && hit.end > evidence.start;
  if (analysis.inSentence("MARKETING", s).some((hit) => !overlaps(hit))) return false;
  if (analysis.inSentence("APPLIED", s).some((hit) => !analysis.negated(hit, NEGATION_WINDOW, "before"))) return true;
  // A percentage after a refund ("a partial refund of 60 €, about 20 % of the price") is the
  // refund's size; a promotion word stays one, as does "20 % on all replacement filters".
  return analysis.inSentence("REMEDY", s).some((remedy) => remedy.end <= evidence.start) && A_PERCENTAGE.test(analysis.between(evidence.start, evidence.end));
}

/** "30 % off", "bis zu 30 % Rabatt", "30% तक की छूट": a percentage next to a discount word, in any language. */
/** Turkish writes the sign first ("%40'a varan indirim"). */
const PERCENT = /\d+(?:[.,]\d+)?\s?[%٪％]|[%٪％]\s?\d+(?:[.,]\d+)?/gu;
/** PERCENT without the global flag, for a stateless test. */
const A_PERCENTAGE = new RegExp(PERCENT.source, "u");
const PERCENT_WINDOW = 4;

/**
 * Words that, right after a percentage, make it a reduction on goods ("20 % on all filters",
 * "10 % auf Zubehör", "-30 % sur la gamme"), in every marketplace language.
 */
const ON_GOODS: ReadonlySet<string> = new Set([
  "on", "auf", "sur", "op", "en", "su", "em", "pa", "på", "na", "على", "पर", "での", "引き",
]);

function percentOff(field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return [...field.view.text.matchAll(PERCENT)].flatMap((m) => {
    const index = analysis.tokens.findIndex((t) => t.start >= m.index);
    if (index < 0) return [];
    // The token after the number ("20 % auf Zubehör"), when a word and not another number.
    const next = analysis.tokens.find((t) => t.start >= m.index + m[0].length);
    const following = next && next.sentence === analysis.tokens[index].sentence ? analysis.tokens[analysis.tokens.indexOf(next) + 1] : undefined;
    // Not a refund's share ("a partial refund of 25 % on the price").
    const remedy = analysis.inSentence("REMEDY", analysis.tokens[index].sentence).length > 0;
    if (next && ON_GOODS.has(next.norm) && following && !remedy && !/^\p{N}/u.test(following.norm) && following.sentence === next.sentence) {
      return [{ field, start: m.index, end: next.end, sentence: next.sentence }];
    }
    const at = { first: index, last: index, sentence: analysis.tokens[index].sentence };
    // A discount word, not a refund: "we refunded 30 %" is a remedy.
    const discount = analysis.near(at, "DISCOUNT", PERCENT_WINDOW);
    return discount ? [{ field, start: m.index, end: Math.max(m.index + m[0].length, discount.end), sentence: at.sentence }] : [];
  });
}

/** Words between a negation and what it denies ("is not a discount code"). */
const NEGATION_WINDOW = 5;
/**
 * A colon, semicolon or dash ends what a negation denies: "so that you don't go empty-handed: on
 * your next order we take 20 % off" offers what follows the colon.
 */
const STATEMENT_BREAK = /[;:–—；：؛]|\s-\s/u;
/** Languages that negate after the word, and how close the negation must follow. */
const VERB_FINAL: ReadonlySet<string> = new Set(["hi", "ja", "tr"]);
const NEGATION_AFTER_WINDOW = 2;

/**
 * A promotion word that is denied ("the code on the label is not a coupon") or that is Amazon's
 * ("Amazon applied a coupon at checkout") in a sentence where the seller offers nothing itself.
 */
function notTheSellers(language: string, analysis: FieldAnalysis, evidence: Evidence): boolean {
  if (evidence.sentence < 0) return false;
  const words = analysis.tokens.filter((t) => t.start >= evidence.start && t.end <= evidence.end);
  const first = analysis.tokens.indexOf(words[0]);
  const span = { concept: "MARKETING" as const, first, last: first + Math.max(0, words.length - 1), sentence: evidence.sentence, start: evidence.start, end: evidence.end };
  // A negation before the word ("is not a coupon"), or right after it where the verb comes last
  // ("kupon değil", "कूपन नहीं है", "クーポンではありません"); not "… newsletter and miss no deal".
  // Where the verb comes last, a negation before a comma closed the clause before ("Amazon पर
  // ढूँढने की ज़रूरत नहीं, हमारी site से सस्ते में …": no need to search Amazon, cheaper from us).
  const deniedBefore = analysis
    .all("NOT")
    .some(
      (not) =>
        not.sentence === evidence.sentence &&
        not.last < first &&
        analysis.gap(not, span) <= NEGATION_WINDOW &&
        !STATEMENT_BREAK.test(analysis.between(not.end, evidence.start)) &&
        !(VERB_FINAL.has(language) && CLAUSE_BREAK.test(analysis.between(not.end, evidence.start))),
    );
  if (first >= 0 && deniedBefore) return true;
  if (first >= 0 && VERB_FINAL.has(language) && analysis.negated(span, NEGATION_AFTER_WINDOW)) return true;
  // Amazon named as the price to beat ("Amazon से भी सस्ते", cheaper than on Amazon) is no Amazon promotion.
  const promotions = analysis.inSentence("MARKETING", evidence.sentence);
  const amazons = analysis.inSentence("AMAZON", evidence.sentence).some((a) => !promotions.some((m) => m.first <= a.first && m.last >= a.last));
  const sellers = analysis.inSentence("SELF", evidence.sentence).length > 0 || analysis.inSentence("OURS", evidence.sentence).length > 0;
  return amazons && !sellers;
}

/** An opt-out phrase that is only "no longer receive" ("nicht mehr erhalten", "ne plus recevoir"). */
const RECEIVE_ONLY = /(?:receiv|erhalt|ontvang|recev|recib|ricev|receb|otrzym|(?<!\p{L})få(?!\p{L})|ta emot|almak|تلقي)/iu;
/** The order or its goods, named as what is not to be received ("die Bestellung lieber nicht mehr erhalten"). */
const GOODS = /(?:\{\{(?:order_id|product_name)\}\}|(?<![\p{L}\p{N}])(?:order|parcel|package|item|bestellung|sendung|paket|ware|artikel|bestelling|pakket|commande|colis|article|pedido|paquete|artículo|ordine|pacco|articolo|encomenda|pacote|zamówieni\p{L}*|paczk\p{L}*|beställning\p{L}*|försändelse\p{L}*|sipariş\p{L}*|kargo\p{L}*|ürün\p{L}*)(?![\p{L}\p{N}])|注文|荷物|商品|طلب|طرد|ऑर्डर|पैकेज)/iu;

/**
 * "If you would rather not receive the order, reply and we will cancel it": the goods not wanted,
 * not the messages. Only a receive-only opt-out phrase with the order named in its sentence and no
 * word for messages in its clause ("reply to this message" after the comma is the answer asked for).
 */
function goodsNotWanted(analysis: FieldAnalysis, hit: { start: number; end: number; sentence: number }): boolean {
  if (!RECEIVE_ONLY.test(analysis.between(hit.start, hit.end))) return false;
  const inClause = (m: { start: number; end: number }) => !CLAUSE_BREAK.test(analysis.between(Math.min(m.end, hit.end), Math.max(m.start, hit.start)));
  return GOODS.test(analysis.sentenceText(hit.sentence)) && !analysis.inSentence("MESSAGES", hit.sentence).some(inClause);
}

function optOutEvidence(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  const text = field.view.text;
  const keywords = analysis.tokens.flatMap((token, index) => {
    if (!STOP_KEYWORDS.has(token.norm)) return [];
    const quoted = QUOTES.test(text.slice(Math.max(0, token.start - 1), token.start)) || QUOTES.test(text.charAt(token.end));
    if (!token.upper && !quoted) return [];
    const word = { first: index, last: index, sentence: token.sentence };
    const reply = analysis.near(word, "REPLY", KEYWORD_WINDOW) ?? analysis.near(word, "REQUEST", KEYWORD_WINDOW);
    return reply ? [{ field, start: Math.min(reply.start, token.start), end: Math.max(reply.end, token.end), sentence: token.sentence }] : [];
  });
  // "If you no longer wish to receive these messages": not wanting messages, not "if you don't
  // want to wait, reply to this message" (a reply word between them).
  const notWanted = analysis.all("REFUSE").flatMap((refuse) => {
    const s = refuse.sentence;
    const replies = analysis.inSentence("REPLY", s);
    // Either order: Turkish, Hindi and Japanese put the messages first ("mesaj almak istemiyorsanız").
    const messages = analysis
      .inSentence("MESSAGES", s)
      .find(
        (m) =>
          analysis.gap(refuse, m) <= REFUSE_WINDOW &&
          !replies.some((r) => (r.first > Math.min(refuse.last, m.last) && r.last < Math.max(refuse.first, m.first)) || analysis.gap(r, m) <= 1),
      );
    if (!messages) return [];
    // Not a word of the messages themselves ("E-Mail" is also "mailen", to write).
    const outside = (hit: { first: number; last: number }) => hit.last < messages.first || hit.first > messages.last;
    const offered = ["CONDITION", "REPLY", "REQUEST", "CONTACT"].some((c) => analysis.inSentence(c as "REPLY", s).some(outside));
    return offered ? [spanEvidence(field, refuse, messages)] : [];
  });
  return [
    ...phraseEvidence(context, field, "optOut").filter((e) => !goodsNotWanted(analysis, e)),
    ...analysis.all("OPT_OUT").filter((hit) => !goodsNotWanted(analysis, hit)).map((hit) => conceptEvidence(field, hit)),
    ...keywords,
    ...notWanted,
  ];
}

export const PROMOTION_RULES = [
  defineRule<CheckContext>({
    id: "content.marketing",
    severity: "error",
    category: "content",
    section: "not-permitted-messages",
    check: (context) => collectOffered(context, (field, analysis) => marketingEvidence(context, field, analysis)),
  }),
  defineRule<CheckContext>({
    id: "content.opt-out",
    severity: "error",
    category: "content",
    section: "prohibited-content",
    check: (context) => [
      ...collectEvidence(context, (field, analysis) => optOutEvidence(context, field, analysis)),
      ...linksOf(context)
        .filter((link) => isOptOutUrl(link.href))
        .map((link) => ({ target: link.target, excerpt: link.href })),
    ],
  }),
];
