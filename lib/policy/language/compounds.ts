/**
 * Compound words for the hunspell dictionaries of languages that write compounds as one word
 * (German, Dutch, Swedish). Their dictionaries build compounds with flags that nspell does not
 * implement, so "Bestellnummer" or "Edelstahltrinkflasche" would be reported as misspelt. We accept
 * a word that splits into known parts: a dictionary stem or word first (optionally followed by a
 * linking element such as the German "s"), then a correct word or another such split.
 */

/** Languages whose dictionaries rely on compounding. */
export const COMPOUNDING_LANGUAGES: ReadonlySet<string> = new Set(["de", "nl", "sv"]);

const MIN_PART = 3;
const MAX_DEPTH = 3;
/** Remembered splits; cleared when full so a long-running server does not grow without bound. */
const MEMO_LIMIT = 50_000;
/** Linking elements between compound parts, longest first. */
const LINKS: Record<string, readonly string[]> = {
  de: ["ens", "es", "en", "er", "ns", "s", "n", "e"],
  nl: ["en", "s", "e"],
  sv: ["s", "e", "a", "u", "o"],
};

export interface CompoundChecker {
  isCompound(word: string): boolean;
}

export function createCompoundChecker(language: string, hasStem: (stem: string) => boolean, isWord: (word: string) => boolean): CompoundChecker {
  const links = LINKS[language] ?? [];
  const memo = new Map<string, boolean>();
  const capitalised = (w: string) => w.charAt(0).toLocaleUpperCase(language) + w.slice(1);
  const known = (part: string) => hasStem(part) || isWord(part) || isWord(capitalised(part));

  const headOk = (head: string) => {
    if (known(head)) return true;
    return links.some((link) => head.length - link.length >= MIN_PART && head.endsWith(link) && known(head.slice(0, -link.length)));
  };

  const split = (lower: string, depth: number): boolean => {
    const key = `${depth}:${lower}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result = false;
    for (let i = lower.length - MIN_PART; i >= MIN_PART && !result; i--) {
      const head = lower.slice(0, i);
      const tail = lower.slice(i);
      if (!headOk(head)) continue;
      result = isWord(capitalised(tail)) || isWord(tail) || (depth < MAX_DEPTH && split(tail, depth + 1));
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, result);
    return result;
  };

  return {
    isCompound(word: string) {
      return word.length >= 2 * MIN_PART && split(word.toLocaleLowerCase(language), 1);
    },
  };
}
