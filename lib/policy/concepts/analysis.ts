/**
 * A field's text read for concepts: its words, its sentences and every concept found, with the
 * questions the rules ask of them ("is there a CHANGE word within four words of this review?").
 * Computed once per field and check. Pure: runs in the browser.
 */
import type { Sentence } from "../doc-text";
import { tokenize, type Token } from "../text/tokens";
import { findConcepts, type CompiledLexicon, type ConceptHit } from "./compile";
import type { Concept } from "./types";

/** Punctuation that closes a clause: words on either side of it belong to different phrases. */
/**
 * Clause punctuation, Latin, Arabic (، ؛) and East Asian (、，；：), a hyphen standing between
 * spaces as a dash ("Invoice attached - 5 stars please"), not the one inside a word ("e-mail"), and
 * an arrow or equals sign between words in notes ("Rezension -> Gutschein", "5 Sterne = Wartung gratis").
 */
export const CLAUSE_BREAK = /[,;:()–—、，；：،؛]|\s-\s|\s(?:-+>|=+>|→|⇒|➔|➜|=)\s/u;

export interface FieldAnalysis {
  /**
   * The message's subject matter where it fixes a word's sense: "design" for a customisation
   * message, whose review words are about the design unless Amazon or other buyers are named.
   */
  topic: "design" | null;
  tokens: Token[];
  sentences: readonly Sentence[];
  hits: ConceptHit[];
  /** Every hit of a concept, in reading order. */
  all(concept: Concept): ConceptHit[];
  /** Hits of a concept in one sentence. */
  inSentence(concept: Concept, sentence: number): ConceptHit[];
  /** The first hit of a concept within `window` words of `hit` in the same sentence. */
  near(hit: Pick<ConceptHit, "first" | "last" | "sentence">, concept: Concept, window: number): ConceptHit | undefined;
  /** The sentence's text, for punctuation tests ("?"). */
  sentenceText(sentence: number): string;
  /** The original text between two offsets (punctuation between words). */
  between(start: number, end: number): string;
  /** Words between two spans, comparable across languages (see WORD_SCALE). */
  gap(a: Pick<ConceptHit, "first" | "last">, b: Pick<ConceptHit, "first" | "last">): number;
  /**
   * Whether a negation stands within `window` words of the hit, on either side (verb-final
   * languages negate after: "दोबारा नहीं भेजेंगे"), other than one inside the hit itself.
   */
  negated(hit: ConceptHit, window: number, side?: "either" | "before"): boolean;
}

/**
 * The segmenter cuts Japanese finer than spaces cut other languages (particles and endings are
 * words of their own: レビュー / の / 内容 / を), so its word counts are halved for windows.
 */
const WORD_SCALE: Readonly<Record<string, number>> = { ja: 0.5 };

/** Words between two spans (0 when they touch or overlap). */
export function distance(a: Pick<ConceptHit, "first" | "last">, b: Pick<ConceptHit, "first" | "last">): number {
  return Math.max(0, b.first - a.last - 1, a.first - b.last - 1);
}

export function analyse(
  text: string,
  sentences: readonly Sentence[],
  language: string,
  lexicon: CompiledLexicon | null,
  topic: FieldAnalysis["topic"] = null,
): FieldAnalysis {
  const tokens = tokenize(text, language, sentences);
  const hits = lexicon ? findConcepts(lexicon, text, tokens) : [];
  const byConcept = new Map<Concept, ConceptHit[]>();
  for (const hit of hits) {
    const list = byConcept.get(hit.concept);
    if (list) list.push(hit);
    else byConcept.set(hit.concept, [hit]);
  }
  const all = (concept: Concept) => byConcept.get(concept) ?? [];
  const scale = WORD_SCALE[language] ?? 1;
  const gap = (a: Pick<ConceptHit, "first" | "last">, b: Pick<ConceptHit, "first" | "last">) => Math.floor(distance(a, b) * scale);
  return {
    topic,
    tokens,
    sentences,
    hits,
    all,
    inSentence: (concept, sentence) => all(concept).filter((hit) => hit.sentence === sentence),
    near: (hit, concept, window) => all(concept).find((other) => other.sentence === hit.sentence && gap(hit, other) <= window),
    sentenceText: (sentence) => {
      const span = sentences[sentence];
      return span ? text.slice(span.start, span.end) : "";
    },
    between: (start, end) => text.slice(start, Math.max(start, end)),
    gap,
    negated: (hit, window, side = "either") =>
      all("NOT").some(
        (not) => not.sentence === hit.sentence && (not.last < hit.first || (side === "either" && not.first > hit.last)) && gap(not, hit) <= window,
      ),
  };
}
