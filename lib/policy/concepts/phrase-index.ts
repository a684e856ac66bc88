/**
 * Phrases indexed by their first word, so a text's word is only compared with the phrases that can
 * start there (a lexicon has hundreds of phrases; a message has hundreds of words, and the browser
 * checks it on every keystroke). Pure: runs in the browser.
 */
import type { Token } from "../text/tokens";

export type WordTest = (token: Token) => boolean;

/** How a word of an entry is compared, with the keys that let an index find it. */
export interface WordMatcher {
  test: WordTest;
  /** Stems and folded forms the word matches exactly; null when it can only be tested (wildcards). */
  keys: { stems: readonly string[]; norms: readonly string[] } | null;
}

export type PhrasePart = { kind: "word"; matcher: WordMatcher } | { kind: "any" } | { kind: "gap" };

export class PhraseIndex<T extends { parts: readonly PhrasePart[] }> {
  private readonly byStem = new Map<string, T[]>();
  private readonly byNorm = new Map<string, T[]>();
  /** Phrases whose first word is a wildcard (tested) or any word (always tried). */
  private readonly unkeyed: T[] = [];

  add(phrase: T): void {
    const first = phrase.parts[0];
    const keys = first?.kind === "word" ? first.matcher.keys : null;
    if (!keys) {
      this.unkeyed.push(phrase);
      return;
    }
    for (const stem of keys.stems) push(this.byStem, stem, phrase);
    for (const norm of keys.norms) push(this.byNorm, norm, phrase);
  }

  /** Phrases that may start at this word. */
  candidates(token: Token): T[] {
    const found = new Set<T>([...(this.byStem.get(token.stem) ?? []), ...(this.byNorm.get(token.norm) ?? [])]);
    for (const phrase of this.unkeyed) {
      const first = phrase.parts[0];
      if (first.kind !== "word" || first.matcher.test(token)) found.add(phrase);
    }
    return [...found];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
