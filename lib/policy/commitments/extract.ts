/**
 * Reads the commitments of one text: e-mail addresses, URLs, phone numbers, dates, times,
 * percentages, amounts of money, numbers with their units, and the commitment terms of ./terms.
 * Each is read once: what a more specific reading took (the digits of a date, a phone number or a
 * URL) is not read again as a plain number. Placeholders are left to the placeholder rules.
 * Pure: runs in the browser.
 */
import { foldWord } from "../text/fold";
import { readDates, readTimes } from "./dates";
import { asciiShape, isTens, kanjiNumber, numberKey, numberWords, parseNumber, unitAfterTens } from "./numbers";
import { readTerms } from "./terms";
import { type Commitment, isFree, take, type Taken } from "./types";
import { CURRENCY_PATTERN, currencyOf, JAPANESE_UNITS, timeUnitOf, type TimeUnit } from "./units";

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"'）」]+|(?<![\p{L}\p{N}@.-])(?:[a-z0-9-]+\.)+(?:com|de|fr|es|it|nl|se|pl|tr|jp|in|ae|sa|eg|br|mx|ca|be|at|ch|eu|net|org|shop|store|co\.uk|co\.jp|com\.tr|com\.br|com\.mx|com\.au|com\.be)(?![\p{L}\p{N}])(?:\/[^\s<>"'）」]*)?/giu;
/** Seven digits or more with the separators phone numbers and order numbers use. */
const PHONE = /(?<![\p{L}\p{N}.,])(?:\+\s?\d|\(?0)[\d\s().\/-]{5,}\d(?![\p{N}])|(?<![\p{N}])\d{3}-\d{7}-\d{7}(?![\p{N}])/gu;
/** A written number: grouped thousands, decimals with point or comma. */
const NUM = String.raw`\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
const PERCENT_WORDS = String.raw`%|per\s?cent|percent|prozent|procent|procentów|procenten|pour\s?cent|por\s?ciento|per\s?cento|por\s?cento|prosent|प्रतिशत|パーセント|بالمائة|بالمئة|في\s?المائة|في\s?المئة`;
const PERCENT = new RegExp(String.raw`(?:%|yüzde|yuzde)\s?(${NUM})|(${NUM})\s?(?:${PERCENT_WORDS})(?![\p{L}])`, "giu");
/**
 * Latin letters glued to digits make a code ("B07", "A4"), not a number; Japanese writes numbers
 * straight after kana and kanji ("代わりに1,234円"), so only Latin letters count as glued.
 */
const LATIN = String.raw`A-Za-z\u00c0-\u024f`;
const AMOUNT = new RegExp(String.raw`(?<![${LATIN}\p{N}])(${CURRENCY_PATTERN})\s?(${NUM})(?:,-|,–)?|(?<![${LATIN}\p{N}.,])(${NUM})(?:,-|,–)?\s?(${CURRENCY_PATTERN})(?![${LATIN}])`, "gu");
const NUMBER = new RegExp(String.raw`(?<![${LATIN}\p{N}.,])(${NUM})`, "gu");
const KANJI_NUMBER = /[一二三四五六七八九十]{1,3}(?=\s?(?:営業日|日間|日以内|週間|か月|ヶ月|カ月|年間|時間|分間|円|%|パーセント))/gu;

/** A URL as a comparable value: no scheme, no www., no trailing slash, lower case. */
export function normalizeUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
}

/**
 * The time unit named right after a number (the next word, or the one after it: "7 business
 * days") and where it ends, so that a finding quotes "7 days", not "7".
 */
function unitAfter(text: string, end: number, language: string): { unit: TimeUnit; end: number } | null {
  const rest = text.slice(end, end + 40);
  if (language === "ja") {
    for (const [pattern, unit] of JAPANESE_UNITS) {
      const m = pattern.exec(rest);
      if (m) return { unit, end: end + m[0].length };
    }
    return null;
  }
  const m = /^[\s\u00a0-]*([\p{L}\p{M}]+)(?:(\s+)([\p{L}\p{M}]+))?/u.exec(rest);
  if (!m) return null;
  const first = timeUnitOf(foldWord(m[1], language), language);
  if (first) return { unit: first, end: end + m[0].length - (m[2] ? m[2].length + m[3].length : 0) };
  const second = m[3] ? timeUnitOf(foldWord(m[3], language), language) : null;
  return second ? { unit: second, end: end + m[0].length } : null;
}

/** Numbers of value 0 or 1 are left out: "a day" / "einen Tag" / "un jour" say 1 without a number. */
function worthReading(value: number): boolean {
  return value > 1;
}

function readNumbers(shaped: string, language: string, taken: Taken): Commitment[] {
  const found: Commitment[] = [];
  const add = (value: number, start: number, end: number) => {
    if (!worthReading(value) || !isFree(taken, start, end)) return;
    const unit = unitAfter(shaped, end, language);
    found.push({ kind: "number", value: numberKey(value), qualifier: unit?.unit ?? null, start, end: unit?.end ?? end });
    take(taken, start, end);
  };
  for (const m of shaped.matchAll(NUMBER)) {
    const value = parseNumber(m[1]);
    if (value !== null) add(value, m.index, m.index + m[1].length);
  }
  if (language === "ja") {
    for (const m of shaped.matchAll(KANJI_NUMBER)) {
      const value = kanjiNumber(m[0]);
      if (value !== null) add(value, m.index, m.index + m[0].length);
    }
    return found;
  }
  const words = numberWords(language);
  if (words.size === 0) return found;
  const tokens = [...shaped.matchAll(/[\p{L}\p{M}]+/gu)];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const value = words.get(foldWord(token[0], language));
    if (value === undefined) continue;
    let end = token.index + token[0].length;
    let total = value;
    // "twenty-one", "vingt et un", "vinte e um": a tens word, at most one short word, a unit word.
    if (isTens(value)) {
      for (const next of [tokens[i + 1], tokens[i + 2]]) {
        if (!next || next.index - end > 5) break;
        const unit = unitAfterTens(foldWord(next[0], language), language);
        if (unit !== null) {
          total += unit;
          end = next.index + next[0].length;
          break;
        }
        if (next[0].length > 3) break;
      }
    }
    add(total, token.index, end);
  }
  return found;
}

function readPattern(shaped: string, pattern: RegExp, taken: Taken, make: (m: RegExpMatchArray, start: number, end: number) => Commitment | null): Commitment[] {
  const found: Commitment[] = [];
  for (const m of shaped.matchAll(pattern)) {
    const start = m.index ?? 0;
    // Trailing punctuation ends the sentence, not the address.
    const end = start + m[0].replace(/[.,;:!?)\]]+$/u, "").length;
    if (end === start || !isFree(taken, start, end)) continue;
    const commitment = make(m, start, end);
    if (!commitment) continue;
    found.push(commitment);
    take(taken, start, end);
  }
  return found;
}

/** Every commitment in `text`, in `language` (a language subtag), in reading order. */
export function extractCommitments(text: string, language: string): Commitment[] {
  const shaped = asciiShape(text);
  const taken: Taken = new Array<boolean>(shaped.length).fill(false);
  for (const m of shaped.matchAll(PLACEHOLDER)) take(taken, m.index, m.index + m[0].length);
  const found: Commitment[] = [
    ...readPattern(shaped, EMAIL, taken, (m, start, end) => ({ kind: "email", value: shaped.slice(start, end).toLowerCase(), qualifier: null, start, end })),
    ...readPattern(shaped, URL_PATTERN, taken, (m, start, end) => ({ kind: "url", value: normalizeUrl(shaped.slice(start, end)), qualifier: null, start, end })),
    ...readPattern(shaped, PHONE, taken, (m, start, end) => {
      const digits = shaped.slice(start, end).replace(/\D/g, "");
      return digits.length >= 7 ? { kind: "phone", value: digits, qualifier: null, start, end } : null;
    }),
    ...readDates(shaped, language, taken),
    ...readTimes(shaped, taken),
    ...readPattern(shaped, PERCENT, taken, (m, start, end) => {
      const value = parseNumber(m[1] ?? m[2]);
      return value === null ? null : { kind: "percent", value: numberKey(value), qualifier: null, start, end };
    }),
    ...readPattern(shaped, AMOUNT, taken, (m, start, end) => {
      const value = parseNumber(m[2] ?? m[3]);
      const currency = currencyOf(m[1] ?? m[4]);
      return value === null || currency === null ? null : { kind: "amount", value: numberKey(value), qualifier: currency, start, end };
    }),
  ];
  found.push(...readNumbers(shaped, language, taken));
  found.push(...readTerms(text, language));
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
