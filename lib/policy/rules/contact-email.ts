/**
 * E-mail addresses in a message's text: written plainly (EMAIL) or disguised so that filters miss
 * them (disguisedEmails). The contact rules (contact.ts) decide what a hit means.
 */
import type { FieldText } from "../context";
import { isAmazonHost, isCarrierHost } from "../links";
import type { RuleHit } from "../types";
import { COMMON_TLDS } from "./links-in-text";

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * An address written so that filters miss it: "name at domain dot com", "name (at) domain.de",
 * "kontakt[at]firma[punkt]de", "nome chiocciola dominio punto it". The words for "@" and "." in
 * the marketplaces' languages, optionally in brackets; at least one of them spelled out (a plain
 * address is EMAIL's).
 */
const AT_WORDS = [
  // Indian English reads "@" as "at the rate" (also written in Devanagari, "एट द रेट").
  String.raw`at\s+(?:the|d|da)\s+rate`, String.raw`(?:एट|ऐट)\s+(?:द|दा|दी|दि)\s+रेट`,
  "at", "arroba", "chiocciola", "apenstaartje", "snabel-a", "snabela", "małpa", "malpa", "klammeraffe", "arobase", "et", "atmark", "アットマーク", "アット",
  "あっと", "エット", "et işareti", "at işareti", "kuyruklu a", "kuyruklu", "آت", "ऐट", "एट",
];
const DOT_WORDS = ["dot", "punkt", "point", "punto", "punt", "kropka", "nokta", "ponto", "ドット", "نقطة", "डॉट"];
/** "apoio, seguido de arroba, loja, ponto pt": words that string the spelled parts together. */
const FOLLOWED_BY = ["followed by", "then", "seguido de", "seguida de", "gefolgt von", "dann", "suivi de", "puis", "seguito da", "poi", "luego", "gevolgd door", "följt av", "a potem", "potem", "ardından", "sonra"];
const bracketed = (words: readonly string[], symbol: string) =>
  String.raw`(?:\s*[(\[{<（［｛＜【〔]\s*(?:${words.join("|")}|${symbol})\s*[)\]}>）］｝＞】〕]\s*|[\s,;:]+(?:(?:${FOLLOWED_BY.join("|")})\s+)?(?:${words.join("|")})[\s,;:]+|\s*${symbol}\s*)`;
const LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*`;
/** Top-level domains spelled in the marketplace's script ("जीमेल डॉट कॉम", "ジーメール ドット コム"). */
const SPELLED_TLDS = ["कॉम", "काम", "इन", "नेट", "コム", "ネット", "كوم", "نت"];
const DISGUISED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]+${bracketed(AT_WORDS, "[@＠]")}(${LABEL}(?:${bracketed(DOT_WORDS, "\\.")}${LABEL})*)${bracketed(DOT_WORDS, "\\.")}(?:${[...COMMON_TLDS, ...SPELLED_TLDS].join("|")})(?![\p{L}\p{M}\p{N}])`,
  "giu",
);

const COMMON_WORD_AT = /\s(?:at|et)\s(?!(?:the|d|da)\s+rate\s)/iu;
const SPELLED_DOT = new RegExp(String.raw`[(\[{<（［｛＜【〔]|\s(?:${DOT_WORDS.join("|")})\s`, "iu");
const PLAIN_EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+$/u;

export function disguisedEmails(field: FieldText): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of field.view.text.matchAll(DISGUISED_EMAIL)) {
    if (PLAIN_EMAIL.test(m[0])) continue; // written plainly: EMAIL finds it
    // "… at mybrand.com" is a website named in a sentence (the link rules judge it), unless the
    // dot is disguised too.
    if (COMMON_WORD_AT.test(m[0]) && !SPELLED_DOT.test(m[0])) continue;
    const domain = m[1].replace(/\s+/g, "");
    if (isAmazonHost(`${domain}.com`) || isCarrierHost(`${domain}.com`) || /^amazon/i.test(domain)) continue;
    hits.push({ target: { field: field.field, start: m.index, end: m.index + m[0].length } });
  }
  return hits;
}
