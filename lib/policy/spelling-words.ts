/**
 * What the spelling rules count as a word, and which rules they are: one definition for the rules
 * (lib/policy/rules/language.ts), the "Add to allowed words" button that offers a flagged word and
 * the action that accepts one. Small and dependency-free, so the browser can import it.
 */

/** The spelling rules' ids; their findings name the word (params.word), which can become an allowed word. */
export const SPELLING_RULE_IDS = ["language.spelling-doubtful", "language.spelling-errors"] as const;

export function isSpellingRule(ruleId: string): boolean {
  return (SPELLING_RULE_IDS as readonly string[]).includes(ruleId);
}

/** Letters, marks and digits, with inner apostrophes and hyphens ("don't", "Wi-Fi"). */
const WORD_SOURCE = String.raw`[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*`;

/** Every word of a text (use with matchAll). */
export const WORDS = new RegExp(WORD_SOURCE, "gu");

/** Exactly one word. */
export const ONE_WORD = new RegExp(`^${WORD_SOURCE}$`, "u");

/**
 * Whether two allowed-word lists allow the same words: the order they were entered in does not
 * change a check, so checks made from one list hold for the other.
 */
export function sameWordList(a: readonly string[], b: readonly string[]): boolean {
  const key = (list: readonly string[]) => [...list].sort().join("\n");
  return a.length === b.length && key(a) === key(b);
}
