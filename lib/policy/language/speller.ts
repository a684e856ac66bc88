/**
 * A speller for one language on top of its dictionary lookup: what running text needs beyond the
 * dictionary (sentence-initial capitals, elided articles, hyphenated words, British spellings
 * against the US dictionary, compounds), with answers remembered per word.
 */
import type { WordLookup } from "./compiled-dictionary";
import { COMPOUNDING_LANGUAGES, createCompoundChecker, type CompoundChecker } from "./compounds";

export interface Speller {
  language: string;
  /** Whether a single word (no spaces) is spelt correctly. */
  isCorrect(word: string): boolean;
}

/** Elided articles and prepositions in front of a word: "l'adresse", "dell'ordine". */
const ELISION: Record<string, RegExp> = {
  fr: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/iu,
  it: /^(?:l|d|un|all|dall|dell|nell|sull|coll|quell|quest|c|s|gl|v|m|t)'(?=\p{L})/iu,
};

/** British spellings the US English dictionary lacks, turned into the US form to check. */
const BRITISH_TO_AMERICAN: readonly [RegExp, string][] = [
  [/our(s?)$/, "or$1"],
  [/our(ed|ing|ite|ites|able|er|ers)$/, "or$1"],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/tre(s?)$/, "ter$1"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/ogue(s?)$/, "og$1"],
  [/ence(s?)$/, "ense$1"],
  [/mme(s?)$/, "m$1"],
];

/** Remembered answers; cleared when full so a long-running server does not grow without bound. */
const MEMO_LIMIT = 100_000;

export function createSpeller(language: string, { isWord, hasStem }: WordLookup): Speller {
  const memo = new Map<string, boolean>();
  const compounds: CompoundChecker | null = COMPOUNDING_LANGUAGES.has(language) ? createCompoundChecker(language, hasStem, isWord) : null;

  const check = (word: string): boolean => {
    if (isWord(word)) return true;
    // Sentence-initial capitals and all-lower-case input of a capitalised word.
    const lower = word.toLocaleLowerCase(language);
    if (lower !== word && isWord(lower)) return true;
    const elided = ELISION[language]?.exec(word);
    if (elided && check(word.slice(elided[0].length))) return true;
    if (word.includes("-")) {
      const parts = word.split("-").filter((part) => part.length > 1);
      if (parts.length > 0 && parts.every((part) => check(part))) return true;
    }
    if (language === "en") {
      for (const [pattern, replacement] of BRITISH_TO_AMERICAN) {
        if (pattern.test(lower) && isWord(lower.replace(pattern, replacement))) return true;
      }
    }
    return compounds?.isCompound(word) ?? false;
  };

  return {
    language,
    isCorrect(word: string) {
      let result = memo.get(word);
      if (result === undefined) {
        result = check(word);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(word, result);
      }
      return result;
    },
  };
}
