/**
 * The word lookup straight from the raw .aff/.dic, as the spellers worked before the compact form:
 * every entry in a Map, the stems in a Set, nspell itself for English. Slow to build and large
 * (~650 MB for all ten languages) — it exists so that tests can check the compiled form against
 * it word for word, and so that the benchmark can measure the compact form against it.
 */
import nspell from "nspell";
import { FlagInterner, parseAffixTable, parseDicEntries } from "./affix-table";
import { createAffixChecker } from "./affix-checker";
import { NSPELL_LANGUAGES, type HunspellDictionary } from "./compile";
import type { WordLookup } from "./compiled-dictionary";
import { COMPOUNDING_LANGUAGES } from "./compounds";
import { indexDictionary } from "./dic-index";

export function rawLookupOf(language: string, dictionary: HunspellDictionary): WordLookup {
  const affText = new TextDecoder().decode(dictionary.aff);
  const dicText = new TextDecoder().decode(dictionary.dic);
  const flags = new FlagInterner();
  const { table, parseFlags } = parseAffixTable(affText, flags);
  const entries = parseDicEntries(dicText, parseFlags, flags);
  const checker = createAffixChecker(table, (word) => entries.get(word));
  const stems = COMPOUNDING_LANGUAGES.has(language) ? indexDictionary(dicText).stems : new Set<string>();
  const hasStem = (stem: string) => stems.has(stem);
  if (!NSPELL_LANGUAGES.has(language)) return { isWord: (word) => checker.isCorrect(word), hasStem };
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return { isWord: (word) => spell.correct(word) || checker.isCorrect(word), hasStem };
}
