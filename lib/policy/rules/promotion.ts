/**
 * Marketing and opt-out: messages may not promote (coupons, new collections, prize draws, the
 * seller's own shop) and may not offer a way to stop receiving messages ("reply STOP",
 * "unsubscribe"), which the guidelines name as prohibited content.
 */
import type { FieldAnalysis } from "../concepts/analysis";
import { distance } from "../concepts/analysis";
import type { CheckContext, FieldText } from "../context";
import { isOptOutUrl } from "../links";
import { defineRule } from "./define";
import { collectEvidence, conceptEvidence, phraseEvidence, spanEvidence, type Evidence } from "./evidence";
import { linksOf } from "./links-in-text";

/** Words between an invitation and the seller's channel ("take a look at the rest of our shop"). */
const VISIT_WINDOW = 6;
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
  const ownChannels = analysis.all("OWN_SHOP").flatMap((shop) => {
    const visit = analysis.inSentence("VISIT", shop.sentence).find((v) => distance(v, shop) <= VISIT_WINDOW);
    return visit ? [spanEvidence(field, visit, shop)] : [];
  });
  return [
    ...phraseEvidence(context, field, "marketing"),
    ...analysis.all("MARKETING").map((hit) => conceptEvidence(field, hit)),
    ...ownChannels,
  ];
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
  const notWanted = analysis.all("REFUSE").flatMap((refuse) => {
    const s = refuse.sentence;
    const messages = analysis.inSentence("MESSAGES", s)[0];
    const offered = ["CONDITION", "REPLY", "REQUEST", "CONTACT"].some((c) => analysis.inSentence(c as "REPLY", s).length > 0);
    return messages && offered ? [spanEvidence(field, refuse, messages)] : [];
  });
  return [
    ...phraseEvidence(context, field, "optOut"),
    ...analysis.all("OPT_OUT").map((hit) => conceptEvidence(field, hit)),
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
    check: (context) => collectEvidence(context, (field, analysis) => marketingEvidence(context, field, analysis)),
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
