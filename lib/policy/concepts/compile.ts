/**
 * Compiles a lexicon into matchers and finds concepts in tokenised text. One-word entries are
 * looked up by stem in a map or tested with one regular expression per concept; phrases are
 * matched word by word. Pure: runs in the browser.
 */
import { foldText, foldWord, lowerForLanguage, originalSpan } from "../text/fold";
import { stemOf, type Token } from "../text/tokens";
import { PhraseIndex, type PhrasePart, type WordMatcher } from "./phrase-index";
import { CONCEPTS, type Concept, type Lexicon } from "./types";

/** A concept found in a text: the words it spans and where they are in the original. */
export interface ConceptHit {
  concept: Concept;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
}

interface Phrase {
  concept: Concept;
  parts: PhrasePart[];
}

interface CompiledSpaced {
  spaced: true;
  /** Stem → concepts whose one-word entries have that stem. */
  byStem: Map<string, Concept[]>;
  /** Exact folded form → concepts. */
  byNorm: Map<string, Concept[]>;
  /** Wildcard one-word entries of each concept as one expression over the folded form. */
  wildcards: { concept: Concept; pattern: RegExp }[];
  phrases: PhraseIndex<Phrase>;
  /** `!` entries: phrases whose words never count for the concept. */
  exceptions: PhraseIndex<Phrase>;
}

interface CompiledUnspaced {
  spaced: false;
  patterns: { concept: Concept; pattern: RegExp }[];
  exceptions: { concept: Concept; pattern: RegExp }[];
}

export type CompiledLexicon = (CompiledSpaced | CompiledUnspaced) & { language: string };

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A wildcard word as a regular-expression source over the folded form, or null for a plain word. */
function wildcardSource(word: string, language: string): string | null {
  const leading = word.startsWith("*");
  const trailing = word.endsWith("*");
  if (!leading && !trailing) return null;
  const core = escapeRegExp(foldWord(word.replace(/^\*|\*$/g, ""), language));
  return `${leading ? "" : "^"}${core}${trailing ? "" : "$"}`;
}

function wordMatcher(word: string, language: string): WordMatcher {
  if (word.startsWith("=")) {
    const exact = foldWord(word.slice(1), language);
    return { test: (token) => token.norm === exact, keys: { stems: [], norms: [exact] } };
  }
  const wildcard = wildcardSource(word, language);
  if (wildcard) {
    const pattern = new RegExp(wildcard, "u");
    return { test: (token) => pattern.test(token.norm) || pattern.test(token.stem), keys: null };
  }
  const stem = stemOf(lowerForLanguage(word, language), language);
  const norm = foldWord(word, language);
  return { test: (token) => token.stem === stem || token.norm === norm, keys: { stems: [stem], norms: [norm] } };
}

function push(map: Map<string, Concept[]>, key: string, concept: Concept) {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

/**
 * An entry's words, split where the tokenizer splits ("don't" → don, t; "e-mail" → e, mail), so
 * entries can be written the way people write them.
 */
function entryWords(entry: string): string[] {
  return entry
    .trim()
    .split(/\s+/)
    .flatMap((word) => (word === "_" || word === ".." ? [word] : word.split(/(?<=[^=*])[^\p{L}\p{M}\p{N}*]+|^[^\p{L}\p{M}\p{N}*=]+/u)))
    .filter((word) => word !== "" && word !== "=" && word !== "*");
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const language = lexicon.language;
  if (!lexicon.spaced) {
    const union = (entries: readonly string[]) => new RegExp(entries.map((e) => `(?:${e})`).join("|"), "gu");
    const patterns: CompiledUnspaced["patterns"] = [];
    const exceptions: CompiledUnspaced["exceptions"] = [];
    for (const concept of CONCEPTS) {
      const entries = lexicon.concepts[concept] ?? [];
      const plain = entries.filter((e) => !e.startsWith("!"));
      const excluded = entries.filter((e) => e.startsWith("!")).map((e) => e.slice(1));
      if (plain.length) patterns.push({ concept, pattern: union(plain) });
      if (excluded.length) exceptions.push({ concept, pattern: union(excluded) });
    }
    return { spaced: false, language, patterns, exceptions };
  }
  const compiled: CompiledSpaced = {
    spaced: true,
    byStem: new Map(),
    byNorm: new Map(),
    wildcards: [],
    phrases: new PhraseIndex<Phrase>(),
    exceptions: new PhraseIndex<Phrase>(),
  };
  const phraseParts = (words: readonly string[]) =>
    words.map((word): PhrasePart =>
      word === "_" ? { kind: "any" } : word === ".." ? { kind: "gap" } : { kind: "word", matcher: wordMatcher(word, language) },
    );
  for (const concept of CONCEPTS) {
    const sources: string[] = [];
    for (const entry of lexicon.concepts[concept] ?? []) {
      if (entry.startsWith("!")) {
        compiled.exceptions.add({ concept, parts: phraseParts(entryWords(entry.slice(1))) });
        continue;
      }
      const words = entryWords(entry);
      if (words.length === 0) continue;
      if (words.length === 1) {
        const word = words[0];
        const wildcard = wildcardSource(word, language);
        if (wildcard) sources.push(wildcard);
        else if (word.startsWith("=")) push(compiled.byNorm, foldWord(word.slice(1), language), concept);
        else {
          push(compiled.byStem, stemOf(lowerForLanguage(word, language), language), concept);
          push(compiled.byNorm, foldWord(word, language), concept);
        }
        continue;
      }
      compiled.phrases.add({ concept, parts: phraseParts(words) });
    }
    if (sources.length) compiled.wildcards.push({ concept, pattern: new RegExp(sources.join("|"), "u") });
  }
  return { ...compiled, language };
}

/** Longest match of phrase parts starting at token i; returns the last token index or -1. */
function matchPhrase(parts: readonly PhrasePart[], tokens: readonly Token[], i: number, p = 0): number {
  if (p === parts.length) return i - 1;
  const part = parts[p];
  if (part.kind === "gap") {
    for (let skip = 2; skip >= 0; skip--) {
      if (i + skip > tokens.length) continue;
      const end = matchPhrase(parts, tokens, i + skip, p + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= tokens.length) return -1;
  // A phrase never runs across a sentence boundary.
  if (p > 0 && tokens[i].sentence !== tokens[i - 1]?.sentence) return -1;
  if (part.kind === "word" && !part.matcher.test(tokens[i])) return -1;
  return matchPhrase(parts, tokens, i + 1, p + 1);
}

function hitOf(concept: Concept, tokens: readonly Token[], first: number, last: number): ConceptHit {
  return { concept, first, last, start: tokens[first].start, end: tokens[last].end, sentence: tokens[first].sentence };
}

/** Drops hits that lie inside an exception span of their concept. */
function withoutExceptions(hits: ConceptHit[], exceptions: readonly { concept: Concept; first: number; last: number }[]): ConceptHit[] {
  if (exceptions.length === 0) return hits;
  return hits.filter((hit) => !exceptions.some((x) => x.concept === hit.concept && hit.first >= x.first && hit.last <= x.last));
}

function findSpaced(compiled: CompiledSpaced, tokens: readonly Token[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  const exceptions: { concept: Concept; first: number; last: number }[] = [];
  tokens.forEach((token, i) => {
    for (const { concept, parts } of compiled.exceptions.candidates(token)) {
      const last = matchPhrase(parts, tokens, i);
      if (last >= i) exceptions.push({ concept, first: i, last });
    }
    const found = new Set<Concept>([...(compiled.byStem.get(token.stem) ?? []), ...(compiled.byNorm.get(token.norm) ?? [])]);
    // The stem too: Arabic attaches conjunctions and prepositions in front ("بحذف"), which only
    // the stemmer removes.
    for (const { concept, pattern } of compiled.wildcards) if (pattern.test(token.norm) || pattern.test(token.stem)) found.add(concept);
    for (const concept of found) hits.push(hitOf(concept, tokens, i, i));
    for (const { concept, parts } of compiled.phrases.candidates(token)) {
      const last = matchPhrase(parts, tokens, i);
      if (last >= i) hits.push(hitOf(concept, tokens, i, last));
    }
  });
  return withoutExceptions(hits, exceptions);
}

/** Index of the token containing offset (or the next one after it). */
function tokenAt(tokens: readonly Token[], offset: number, fromEnd: boolean): number {
  let low = 0;
  let high = tokens.length - 1;
  let best = fromEnd ? 0 : tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fromEnd ? tokens[mid].start < offset : tokens[mid].end > offset) {
      best = mid;
      if (fromEnd) low = mid + 1;
      else high = mid - 1;
    } else if (fromEnd) high = mid - 1;
    else low = mid + 1;
  }
  return best;
}

function findUnspaced(compiled: CompiledUnspaced & { language: string }, text: string, tokens: readonly Token[]): ConceptHit[] {
  if (tokens.length === 0) return [];
  const folded = foldText(text, compiled.language);
  const spans = (concept: Concept, pattern: RegExp): ConceptHit[] =>
    [...folded.text.matchAll(pattern)]
      .filter((m) => m[0].length > 0)
      .map((m) => {
        const span = originalSpan(folded, m.index, m.index + m[0].length);
        const first = tokenAt(tokens, span.start, false);
        const last = Math.max(first, tokenAt(tokens, span.end, true));
        return { concept, first, last, start: span.start, end: span.end, sentence: tokens[first].sentence };
      });
  const hits = compiled.patterns.flatMap(({ concept, pattern }) => spans(concept, pattern));
  const exceptions = compiled.exceptions.flatMap(({ concept, pattern }) => spans(concept, pattern));
  // In unspaced text an exception covers characters, not whole words.
  return hits
    .filter((hit) => !exceptions.some((x) => x.concept === hit.concept && hit.start >= x.start && hit.end <= x.end))
    .sort((a, b) => a.first - b.first);
}

export function findConcepts(compiled: CompiledLexicon, text: string, tokens: readonly Token[]): ConceptHit[] {
  return compiled.spaced ? findSpaced(compiled, tokens) : findUnspaced(compiled, text, tokens);
}
