/**
 * Every stem of a hunspell .dic file (compound-only parts included), for compound splitting:
 * nspell implements none of the compounding German, Dutch and Swedish rely on.
 */

export interface DicIndex {
  /** Every stem, lower-cased. */
  stems: Set<string>;
}

export function indexDictionary(dic: string): DicIndex {
  const stems = new Set<string>();
  const lines = dic.split("\n");
  // The first line holds the entry count.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const slash = line.search(/(?<!\\)\//);
    stems.add((slash < 0 ? line : line.slice(0, slash)).toLowerCase());
  }
  return { stems };
}
