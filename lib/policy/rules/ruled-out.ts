/**
 * A messenger named as the channel not to use. Most languages negate before it ("not via WhatsApp",
 * "niet via WhatsApp"); verb-final languages negate after it, in the verb that closes the clause:
 * Turkish "WhatsApp ya da e-posta üzerinden görüşemiyoruz" (we cannot talk over WhatsApp or e-mail),
 * Hindi "WhatsApp पर बात नहीं कर सकते". Turkish puts the negation inside the verb, so its negative
 * endings are read here rather than listed as NOT words (which every rule would then see).
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";

/** Words between a negation and the messenger it rules out ("niet via WhatsApp", "not on WhatsApp"). */
const MESSENGER_NEGATION_WINDOW = 2;
/** Words between the messenger and the negated verb closing its clause (a list of channels lies between). */
const VERB_FINAL_WINDOW = 6;
/**
 * Further words to a negation that closes the clause itself, with the reason between ("WhatsApp
 * hattımızı paylaşmamız Amazon kuralları gereği mümkün değil", "WhatsApp नंबर देना अमेज़न के नियमों
 * के अनुसार संभव नहीं है"): the clause's last verb, not one of a clause inside it.
 */
const CLAUSE_FINAL_WINDOW = 10;
/** Tokens after the negation that still leave it closing its clause (Hindi "संभव नहीं है"). */
const CLAUSE_TAIL = 1;
const VERB_FINAL: ReadonlySet<string> = new Set(["tr", "hi"]);

/**
 * Turkish negative verb endings on the folded form: present "-mıyoruz/-emiyoruz", aorist
 * "-mayız/-meyiz", "-maz/-mez", future "-mayacak/-meyecek(tir)" ("gönderilmeyecektir", will not be
 * sent), imperative "-mayın/-meyin(iz)"; a letter must come before them (no bare word).
 */
const TR_NEGATIVE_VERB = /\p{L}{2,}(?:m[ıiuü]yor(?:uz|um|sunuz|lar)?|m[ae]y[ıi]z|m[ae]z|m[ae]y[ae]c[ae][kğ](?:t[ıi]r|s[ıi]n[ıi]z|[ıi]z|lar|ler)?|m[ae]y[ıi]n(?:[ıi]z)?)$/u;
/** Turkish "there is no need" after the channel: "telefonla aramanıza gerek yok", "e-postaya ihtiyaç yok". */
const TR_NO_NEED = /^(?:gerek|ihtiya[cç]|l[uü]zum)$/u;

/** Negated before, in the same clause ("not via WhatsApp"), not a negation that turns the sentence before a comma. */
function negatedBefore(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis
    .inSentence("NOT", hit.sentence)
    .some((not) => not.last < hit.first && analysis.gap(not, hit) <= MESSENGER_NEGATION_WINDOW && !CLAUSE_BREAK.test(analysis.between(not.end, hit.start)));
}

/** Negated by the verb after it, before any clause break ("WhatsApp üzerinden görüşemiyoruz"). */
function negatedAfter(analysis: FieldAnalysis, hit: ConceptHit, language: string): boolean {
  if (!VERB_FINAL.has(language)) return false;
  const nots = analysis.inSentence("NOT", hit.sentence);
  const last = Math.min(analysis.tokens.length - 1, hit.last + CLAUSE_FINAL_WINDOW);
  let ownClauseBefore = false;
  for (let i = hit.last + 1; i <= last; i++) {
    const token = analysis.tokens[i];
    if (token.sentence !== hit.sentence || CLAUSE_BREAK.test(analysis.between(analysis.tokens[i - 1].end, token.start))) return false;
    // Not past a clause of its own: a condition ("Telegram'dan atarsanız kalite kaybı olmaz", if you
    // send it via Telegram there is no loss) or a verb that offers the channel.
    if (ownClauseBefore) return false;
    ownClauseBefore = opensOwnClause(analysis, i, language);
    if (i > hit.last + VERB_FINAL_WINDOW) {
      if (closesClause(analysis, i) && (nots.some((not) => not.first === i) || (language === "tr" && TR_NEGATIVE_VERB.test(token.norm)))) return true;
      continue;
    }
    if (nots.some((not) => not.first === i)) return true;
    if (language === "tr" && TR_NEGATIVE_VERB.test(token.norm)) return true;
    if (language === "tr" && TR_NO_NEED.test(token.norm) && analysis.tokens[i + 1]?.norm === "yok" && analysis.tokens[i + 1].sentence === hit.sentence) return true;
  }
  return false;
}

/** Verbal nouns, which stay inside the clause they stand in ("paylaşmamız", our sharing; "देना", to give). */
const VERBAL_NOUN: Readonly<Record<string, RegExp>> = { tr: /m[ae](?:m[ıi]z|n[ıi]z|s[ıi]|k)\p{L}*$/u, hi: /ना$/u };

/**
 * Whether token i is a condition, or a verb asking the buyer to write or make contact, other than a
 * verbal noun: the clause that holds the channel ends there, and a negation after it is another's.
 */
function opensOwnClause(analysis: FieldAnalysis, i: number, language: string): boolean {
  const at = (concept: "CONDITION" | "REPLY" | "CONTACT") => analysis.inSentence(concept, analysis.tokens[i].sentence).some((c) => c.first <= i && c.last >= i);
  if (at("CONDITION")) return true;
  return (at("REPLY") || at("CONTACT")) && !(VERBAL_NOUN[language]?.test(analysis.tokens[i].norm) ?? false);
}

/** Whether at most CLAUSE_TAIL words follow token i before its clause or sentence ends. */
function closesClause(analysis: FieldAnalysis, i: number): boolean {
  for (let j = i + 1; j <= i + CLAUSE_TAIL + 1; j++) {
    const next = analysis.tokens[j];
    if (!next || next.sentence !== analysis.tokens[i].sentence || CLAUSE_BREAK.test(analysis.between(analysis.tokens[j - 1].end, next.start))) return true;
  }
  return false;
}

export function ruledOut(analysis: FieldAnalysis, hit: ConceptHit, language: string): boolean {
  return negatedBefore(analysis, hit) || negatedAfter(analysis, hit, language);
}
