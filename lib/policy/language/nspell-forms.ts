/**
 * nspell's answer for a word, without nspell's 28 MB of expanded words in memory at run time.
 * At build time (compile.ts) we let nspell expand the dictionary once and keep what its `correct`
 * reads: every expanded form with three flag bits, its compound-rule expressions and its input
 * conversions. At run time this replays nspell 2.1.5's `correct` (lib/util/form.js, exact.js)
 * over that list, so English answers exactly as it did with nspell loaded.
 */
import type NSpell from "nspell";
import { indexWords, packWords, type PackedWords } from "./packed-words";

export const FORBIDDEN = 1;
export const ONLY_IN_COMPOUND = 2;
export const KEEPCASE = 4;

export interface NspellData {
  /** Every form nspell's expansion produced (its `data` keys). */
  words: PackedWords;
  /** Per form: FORBIDDEN | ONLY_IN_COMPOUND | KEEPCASE as nspell's `flag()` would answer them. */
  bits: Uint8Array;
  /** Sources of nspell's compound-rule expressions (flag "i", unanchored, as nspell tests them). */
  compoundRules: string[];
  compoundMin: number;
  /** ICONV as nspell applies it: String#replace(new RegExp(source, flags), replacement). */
  conversions: { source: string; flags: string; replacement: string }[];
}

/** The parts of an nspell instance that `correct` reads; @types/nspell does not declare them. */
interface NspellInternals {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: [RegExp, string][] };
}

/** Build time: what `correct` needs from a loaded nspell instance. */
export function extractNspell(spell: NSpell): NspellData {
  const internals = spell as unknown as NspellInternals;
  // nspell's own flag(): the word's codes include the code the .aff assigned to that directive.
  const has = (name: string, codes: string[] | undefined) =>
    Boolean(codes) && name in internals.flags && (codes as unknown[]).indexOf(internals.flags[name]) > -1;
  const forms = Object.keys(internals.data);
  const bits = new Uint8Array(forms.length);
  forms.forEach((form, i) => {
    const codes = internals.data[form];
    bits[i] = (has("FORBIDDENWORD", codes) ? FORBIDDEN : 0) | (has("ONLYINCOMPOUND", codes) ? ONLY_IN_COMPOUND : 0) | (has("KEEPCASE", codes) ? KEEPCASE : 0);
  });
  return {
    words: packWords(forms),
    bits,
    compoundRules: internals.compoundRules.map((rule) => rule.source),
    compoundMin: Number(internals.flags.COMPOUNDMIN),
    conversions: internals.conversion.in.map(([pattern, replacement]) => ({ source: pattern.source, flags: pattern.flags, replacement })),
  };
}

/** Run time: nspell's `correct(value)`. */
export function createNspellCheck(data: NspellData): (value: string) => boolean {
  const index = indexWords(data.words);
  const compoundRules = data.compoundRules.map((source) => new RegExp(source, "i"));
  const conversions = data.conversions.map(({ source, flags, replacement }) => [new RegExp(source, flags), replacement] as const);
  /** The form's bits, or -1 when nspell's `data` has no such key. */
  const bitsOf = (form: string) => {
    const i = index.find(form);
    return i < 0 ? -1 : data.bits[i];
  };
  const exact = (value: string) => {
    const bits = bitsOf(value);
    if (bits >= 0) return (bits & ONLY_IN_COMPOUND) === 0;
    return value.length >= data.compoundMin && compoundRules.some((rule) => rule.test(value));
  };
  const ignore = (bits: number) => bits >= 0 && (bits & (KEEPCASE | FORBIDDEN)) !== 0;

  return (value: string) => {
    let normal = value.trim();
    if (!normal) return false;
    for (const [pattern, replacement] of conversions) normal = normal.replace(pattern, replacement);
    if (exact(normal)) return (Math.max(bitsOf(normal), 0) & FORBIDDEN) === 0;
    // Sentence case for an all-capitals word, then lower case; a KEEPCASE or forbidden form ends the search.
    if (normal.toUpperCase() === normal) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
      if (ignore(bitsOf(sentence))) return false;
      if (exact(sentence)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      if (ignore(bitsOf(lower))) return false;
      if (exact(lower)) return true;
    }
    return false;
  };
}
