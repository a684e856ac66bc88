/**
 * What we read from a hunspell .dic/.aff pair ourselves, to work around two gaps in nspell:
 * - nspell merges the flags of a word listed twice, so German "finden" (listed once as a verb and
 *   once as a compound-only stem) inherits ONLYINCOMPOUND and is reported as misspelt;
 * - nspell implements none of the compounding German, Dutch and Swedish rely on.
 * So we keep every entry that may stand alone, and every stem (for compound splitting).
 */

export interface DicIndex {
  /** Entries allowed as words on their own, as written in the .dic. */
  standalone: Set<string>;
  /** Every stem, lower-cased (compound parts included). */
  stems: Set<string>;
}

function directive(aff: string, name: string): string | undefined {
  return new RegExp(`^${name}[ \\t]+(\\S+)`, "m").exec(aff)?.[1];
}

function splitFlags(flags: string, type: string | undefined): string[] {
  if (type === "long") return flags.match(/../gu) ?? [];
  if (type === "num") return flags.split(",");
  return Array.from(flags);
}

export function indexDictionary(aff: string, dic: string): DicIndex {
  const flagType = directive(aff, "FLAG");
  const notAlone = new Set([directive(aff, "ONLYINCOMPOUND"), directive(aff, "NEEDAFFIX"), directive(aff, "FORBIDDENWORD")].filter((f): f is string => !!f));
  const standalone = new Set<string>();
  const stems = new Set<string>();
  const lines = dic.split("\n");
  // The first line holds the entry count.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].replace(/\s+(?:[a-z]{2}:\S+\s*)*$/u, "").trim();
    if (!line) continue;
    const slash = line.search(/(?<!\\)\//);
    const word = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? [] : splitFlags(line.slice(slash + 1), flagType);
    stems.add(word.toLowerCase());
    if (!flags.some((flag) => notAlone.has(flag))) standalone.add(word);
  }
  return { standalone, stems };
}
