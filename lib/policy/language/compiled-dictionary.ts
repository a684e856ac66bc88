/**
 * The compact form of one hunspell dictionary (built by compile.ts, stored by compiled-format.ts)
 * and the word lookup the speller runs on it. Everything large is a typed array (packed-words.ts):
 * Turkish, 371,000 entries with 49,000 distinct flag sets, takes ~23 MB instead of the ~170 MB
 * its .dic took as Maps and Sets.
 */
import type { AffixTableData } from "./affix-table";
import { createAffixChecker, type FlagSet } from "./affix-checker";
import { createNspellCheck, type NspellData } from "./nspell-forms";
import { indexWords, type PackedWords } from "./packed-words";

export interface CompiledDictionary {
  language: string;
  affix: AffixTableData;
  /** Every distinct .dic word (affix-table.ts's reading of it). */
  words: PackedWords;
  /** Per word: the id of its list of entries (a word listed twice has two flag sets). */
  wordLists: Uint32Array;
  /** Entry list i = flag-set ids listSets[listOffsets[i] .. listOffsets[i + 1]). */
  listOffsets: Uint32Array;
  listSets: Uint32Array;
  /** Flag set i = interned flags setFlags[setOffsets[i] .. setOffsets[i + 1]). */
  setOffsets: Uint32Array;
  setFlags: Uint32Array;
  /** Compounding languages: every .dic stem lower-cased (dic-index.ts); otherwise null. */
  stems: PackedWords | null;
  /** Languages nspell answers for (compile.ts NSPELL_LANGUAGES): its expansion; otherwise null. */
  nspell: NspellData | null;
}

export interface WordLookup {
  /** Whether a single word is in the dictionary (affixed forms included). */
  isWord(word: string): boolean;
  /** Whether a lower-cased stem is listed (compound parts included); always false for non-compounding languages. */
  hasStem(stem: string): boolean;
}

export function lookupOf(compiled: CompiledDictionary): WordLookup {
  const { setOffsets, setFlags, listOffsets, listSets, wordLists } = compiled;
  // Entry lists are built when a lookup first reaches them: a text meets a few hundred of
  // Turkish's 49,000, and building them all would cost more than the rest of the load.
  const entryLists: (FlagSet[] | undefined)[] = new Array(listOffsets.length - 1);
  const entryList = (id: number): FlagSet[] => {
    let list = entryLists[id];
    if (!list) {
      list = [];
      for (let i = listOffsets[id]; i < listOffsets[id + 1]; i++) list.push(setFlags.subarray(setOffsets[listSets[i]], setOffsets[listSets[i] + 1]));
      entryLists[id] = list;
    }
    return list;
  };
  const words = indexWords(compiled.words);
  const checker = createAffixChecker(compiled.affix, (word) => {
    const i = words.find(word);
    return i < 0 ? undefined : entryList(wordLists[i]);
  });
  const stems = compiled.stems ? indexWords(compiled.stems) : null;
  const nspell = compiled.nspell ? createNspellCheck(compiled.nspell) : null;
  return {
    isWord: nspell ? (word) => nspell(word) || checker.isCorrect(word) : (word) => checker.isCorrect(word),
    hasStem: (stem) => (stems ? stems.find(stem) >= 0 : false),
  };
}
