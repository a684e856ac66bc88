/**
 * Build step: a hunspell dictionary from npm → the compact form the spellers load
 * (compiled-format.ts stores it). Runs in scripts/build-spelling.ts after `npm ci` and before
 * `next build`, and on first use when no up-to-date compiled file exists (dictionary-cache.ts).
 * Parsing the raw .dic and letting nspell expand English is the slow, memory-hungry part (0.3–3 s
 * and 20–170 MB per language); it happens here, once per machine, instead of in every process.
 */
import nspell from "nspell";
import { FlagInterner, parseAffixTable, parseDicEntries } from "./affix-table";
import { COMPOUNDING_LANGUAGES } from "./compounds";
import type { CompiledDictionary } from "./compiled-dictionary";
import { indexDictionary } from "./dic-index";
import { extractNspell } from "./nspell-forms";
import { packWords } from "./packed-words";

export interface HunspellDictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

/**
 * Languages whose words nspell also answers for. nspell expands every affix of every word when it
 * loads, which we measured to be impractical for most of our languages (Italian and Portuguese
 * did not finish within minutes, Turkish took 5 s and ~370 MB), and it merges the flags of words
 * listed twice, so it rejects common German verbs ("bitte", "finden"). The lookup-time checker
 * (affix-checker.ts) reads the same dictionaries without either problem. English keeps nspell's
 * answers (now precompiled, nspell-forms.ts) with the lookup-time checker as a second opinion.
 */
export const NSPELL_LANGUAGES: ReadonlySet<string> = new Set(["en"]);

/** Lists of integers, deduplicated, as offsets + values (list i = values[offsets[i] .. offsets[i + 1])). */
class ListTable {
  private readonly ids = new Map<string, number>();
  private readonly offsets: number[] = [0];
  private readonly values: number[] = [];
  id(list: readonly number[]): number {
    const key = list.join(",");
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.values.push(...list);
      this.offsets.push(this.values.length);
    }
    return id;
  }
  arrays(): { offsets: Uint32Array; values: Uint32Array } {
    return { offsets: Uint32Array.from(this.offsets), values: Uint32Array.from(this.values) };
  }
}

export function compileDictionary(language: string, dictionary: HunspellDictionary): CompiledDictionary {
  const affText = new TextDecoder().decode(dictionary.aff);
  const dicText = new TextDecoder().decode(dictionary.dic);
  const flags = new FlagInterner();
  const { table, parseFlags } = parseAffixTable(affText, flags);
  const entries = parseDicEntries(dicText, parseFlags, flags);

  const flagSets = new ListTable();
  const entryLists = new ListTable();
  const words = [...entries.keys()];
  const wordLists = Uint32Array.from(words, (word) => entryLists.id(entries.get(word)!.map((set) => flagSets.id(set))));
  const sets = flagSets.arrays();
  const lists = entryLists.arrays();

  return {
    language,
    affix: table,
    words: packWords(words),
    wordLists,
    listOffsets: lists.offsets,
    listSets: lists.values,
    setOffsets: sets.offsets,
    setFlags: sets.values,
    stems: COMPOUNDING_LANGUAGES.has(language) ? packWords([...indexDictionary(dicText).stems]) : null,
    nspell: NSPELL_LANGUAGES.has(language)
      ? extractNspell(nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) }))
      : null,
  };
}
