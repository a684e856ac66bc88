/**
 * Finds the commitment terms of ./term-lists in a text. A spaced language's entry is one or more
 * words, each compared with a text's word by its folded form:
 *   `word`   same stem or same folded form;  `=word` exactly this folded form
 *   `word*`  starts with it;  `*word` ends with it;  `*word*` contains it (compounds: "Rückerstattung")
 * `~` before an entry makes it soft (see Commitment.soft); `!` makes it an exception: words it covers
 * never count for the concept ("feel free"). In Japanese an entry is a regular expression over the
 * folded text. Pure: runs in the browser.
 */
import { foldText, foldWord, lowerForLanguage, originalSpan } from "../text/fold";
import { stemOf, tokenize, type Token } from "../text/tokens";
import { TERM_LISTS, type TermList } from "./term-lists";
import { type Commitment, TERM_CONCEPTS, type TermConcept } from "./types";

type WordTest = (token: Token) => boolean;

interface Entry {
  concept: TermConcept;
  soft: boolean;
  words: WordTest[];
}

interface CompiledSpaced {
  spaced: true;
  entries: Entry[];
  exceptions: Entry[];
}

interface CompiledUnspaced {
  spaced: false;
  entries: { concept: TermConcept; soft: boolean; pattern: RegExp }[];
  exceptions: { concept: TermConcept; pattern: RegExp }[];
}

type Compiled = CompiledSpaced | CompiledUnspaced;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function wordTest(word: string, language: string): WordTest {
  if (word.startsWith("=")) {
    const exact = foldWord(word.slice(1), language);
    return (token) => token.norm === exact;
  }
  const leading = word.startsWith("*");
  const trailing = word.endsWith("*");
  if (leading || trailing) {
    const core = escapeRegExp(foldWord(word.replace(/^\*|\*$/g, ""), language));
    const pattern = new RegExp(`${leading ? "" : "^"}${core}${trailing ? "" : "$"}`, "u");
    return (token) => pattern.test(token.norm);
  }
  const stem = stemOf(lowerForLanguage(word, language), language);
  const norm = foldWord(word, language);
  return (token) => token.stem === stem || token.norm === norm;
}

/** An entry's words, split where the tokenizer splits ("d'achat" → d, achat). */
function entryWords(entry: string): string[] {
  return entry.split(/[^\p{L}\p{M}\p{N}*=]+/u).filter((word) => word !== "" && word !== "*" && word !== "=");
}

function compile(list: TermList): Compiled {
  const language = list.language;
  if (!list.spaced) {
    const entries: CompiledUnspaced["entries"] = [];
    const exceptions: CompiledUnspaced["exceptions"] = [];
    for (const concept of TERM_CONCEPTS) {
      for (const raw of list.terms[concept] ?? []) {
        if (raw.startsWith("!")) exceptions.push({ concept, pattern: new RegExp(raw.slice(1), "gu") });
        else entries.push({ concept, soft: raw.startsWith("~"), pattern: new RegExp(raw.replace(/^~/, ""), "gu") });
      }
    }
    return { spaced: false, entries, exceptions };
  }
  const entries: Entry[] = [];
  const exceptions: Entry[] = [];
  for (const concept of TERM_CONCEPTS) {
    for (const raw of list.terms[concept] ?? []) {
      const exception = raw.startsWith("!");
      const soft = raw.startsWith("~");
      const words = entryWords(raw.replace(/^[!~]/, "")).map((word) => wordTest(word, language));
      if (words.length === 0) continue;
      (exception ? exceptions : entries).push({ concept, soft, words });
    }
  }
  return { spaced: true, entries, exceptions };
}

const compiled = new Map<string, Compiled | null>();

function compiledFor(language: string): Compiled | null {
  if (!compiled.has(language)) {
    const list = TERM_LISTS[language];
    compiled.set(language, list ? compile(list) : null);
  }
  return compiled.get(language) ?? null;
}

/** Index of the last token of `entry` matched from token i, or -1. */
function matchAt(entry: Entry, tokens: readonly Token[], i: number): number {
  if (i + entry.words.length > tokens.length) return -1;
  return entry.words.every((test, k) => test(tokens[i + k])) ? i + entry.words.length - 1 : -1;
}

/** The commitment terms in `text`: one commitment per phrase found, soft ones marked. */
export function readTerms(text: string, language: string): Commitment[] {
  const terms = compiledFor(language);
  if (!terms) return [];
  const hits: Commitment[] = [];
  const blocked: { concept: TermConcept; start: number; end: number }[] = [];
  if (terms.spaced) {
    const tokens = tokenize(text, language, [{ start: 0, end: text.length }]);
    tokens.forEach((token, i) => {
      for (const entry of terms.exceptions) {
        const last = matchAt(entry, tokens, i);
        if (last >= 0) blocked.push({ concept: entry.concept, start: token.start, end: tokens[last].end });
      }
      for (const entry of terms.entries) {
        const last = matchAt(entry, tokens, i);
        if (last < 0) continue;
        // "BPA-free", "sugar-free": a word glued to the one before by a hyphen describes it.
        if (entry.concept === "FREE" && /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, token.start - 2), token.start))) continue;
        hits.push({ kind: "term", value: entry.concept, qualifier: null, start: token.start, end: tokens[last].end, soft: entry.soft });
      }
    });
  } else {
    const folded = foldText(text, language);
    const spans = (pattern: RegExp) =>
      [...folded.text.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => originalSpan(folded, m.index, m.index + m[0].length));
    for (const { concept, pattern } of terms.exceptions) for (const span of spans(pattern)) blocked.push({ concept, ...span });
    for (const { concept, soft, pattern } of terms.entries) {
      for (const span of spans(pattern)) hits.push({ kind: "term", value: concept, qualifier: null, ...span, soft });
    }
  }
  return hits.filter((hit) => !blocked.some((x) => x.concept === hit.value && hit.start >= x.start && hit.end <= x.end));
}
