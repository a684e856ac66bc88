/**
 * Words of a text, each with its place in the original (so a finding underlines exactly what the
 * author wrote), its folded form and its stem. Languages written with spaces are split on letters
 * and digits; Japanese, written without spaces, is split by the platform's word segmenter
 * (Intl.Segmenter, in Node and every current browser). Pure: runs in the browser.
 */
import { foldLower, lowerForLanguage } from "./fold";
import { stemmerFor } from "./stem";

export interface Token {
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
  /** Folded form (see fold.ts). */
  norm: string;
  /** Folded stem; equal to norm where the language has no stemmer. */
  stem: string;
  /** Written in capitals in the original ("STOP"), which matters for reply keywords. */
  upper: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
}

/** Letters and digits; apostrophes and hyphens separate words ("l'avis", "e-mail", "5-star"). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Scripts written without spaces between words. */
const UNSPACED_LANGUAGES = new Set(["ja", "zh", "th"]);

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

/** The folded stem of a lower-cased word, cached: the same few hundred words recur in every message. */
export function stemOf(lower: string, language: string): string {
  const key = `${language}\u0000${lower}`;
  const cached = stemCache.get(key);
  if (cached !== undefined) return cached;
  const stemmer = stemmerFor(language);
  const stem = foldLower(stemmer ? stemmer(lower) : lower, language);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(key, stem);
  return stem;
}

function makeToken(text: string, start: number, end: number, language: string, sentence: number): Token {
  const surface = text.slice(start, end);
  const lower = lowerForLanguage(surface, language);
  return {
    start,
    end,
    norm: foldLower(lower, language),
    stem: stemOf(lower, language),
    upper: surface !== lower && surface === surface.toUpperCase() && /\p{Lu}/u.test(surface),
    sentence,
  };
}

let segmenter: Intl.Segmenter | null | undefined;
function japaneseSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("ja", { granularity: "word" }) : null;
  return segmenter;
}

/** Sentence boundaries as [start, end) offsets, in order. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export function tokenize(text: string, language: string, sentences: readonly SentenceSpan[]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  const sentenceAt = (offset: number) => {
    while (sentence < sentences.length - 1 && offset >= sentences[sentence].end) sentence++;
    return sentence;
  };
  const unspaced = UNSPACED_LANGUAGES.has(language) ? japaneseSegmenter() : null;
  if (unspaced) {
    for (const segment of unspaced.segment(text)) {
      if (!segment.isWordLike) continue;
      const start = segment.index;
      tokens.push(makeToken(text, start, start + segment.segment.length, language, sentenceAt(start)));
    }
    return tokens;
  }
  for (const m of text.matchAll(WORD)) {
    tokens.push(makeToken(text, m.index, m.index + m[0].length, language, sentenceAt(m.index)));
  }
  return tokens;
}
