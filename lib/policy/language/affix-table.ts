/**
 * Reading a hunspell .aff and .dic into plain data: the affix rules, the directives the checker
 * honours, and every dictionary entry with its flag sets. Flags are interned to small integers so
 * that the compiled form (compiled-format.ts) can store flag sets as integer arrays.
 *
 * This is the one parser of the raw files: the build step (compile.ts) runs it once per dictionary
 * and the tests run it to compare the compiled form against the raw files.
 */

/** A PFX/SFX rule with interned flags; the condition is the source of a `u` regex or null for ".". */
export interface AffixRuleData {
  kind: "PFX" | "SFX";
  flag: number;
  /** Whether prefixes and suffixes may combine (the Y/N of the rule's header). */
  cross: boolean;
  strip: string;
  add: string;
  continuation: readonly number[];
  condition: string | null;
}

export interface AffixTableData {
  rules: AffixRuleData[];
  /** Interned flags of NEEDAFFIX, ONLYINCOMPOUND and FORBIDDENWORD; -1 when the .aff has none. */
  needAffix: number;
  onlyInCompound: number;
  forbidden: number;
  /** ICONV pairs, longest `from` first, applied to a word before lookup. */
  conversions: [string, string][];
}

/** Interns flag strings ("A", "Aa", "123") to integers in order of first appearance. */
export class FlagInterner {
  private readonly ids = new Map<string, number>();
  id(flag: string): number {
    let id = this.ids.get(flag);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(flag, id);
    }
    return id;
  }
}

type FlagParser = (flags: string) => string[];

function flagParser(type: string | undefined): FlagParser {
  if (type === "long") return (flags) => flags.match(/[\s\S]{1,2}/gu) ?? [];
  if (type === "num") return (flags) => flags.split(",").filter(Boolean);
  return (flags) => Array.from(flags);
}

/** Hunspell conditions are a regex subset ("[^aeiou]y", "."), anchored at the word's edge. */
function conditionSource(condition: string, kind: "PFX" | "SFX"): string | null {
  if (condition === "." || condition === "") return null;
  const escaped = condition.replace(/[.*+?^${}()|\\]/g, (ch) => (ch === "." ? "." : `\\${ch}`)).replace(/\\\^/g, "^");
  const source = kind === "SFX" ? `(?:${escaped})$` : `^(?:${escaped})`;
  try {
    new RegExp(source, "u");
    return source;
  } catch {
    // An unreadable condition constrains nothing, as in the checker this replaced.
    return null;
  }
}

const directive = (affText: string, name: string) => new RegExp(`^${name}[ \\t]+(\\S+)`, "m").exec(affText)?.[1];

export function parseAffixTable(affText: string, flags: FlagInterner): { table: AffixTableData; parseFlags: FlagParser } {
  const parseFlags = flagParser(directive(affText, "FLAG"));
  const optionalFlag = (name: string) => {
    const value = directive(affText, name);
    return value ? flags.id(value) : -1;
  };
  const rules: AffixRuleData[] = [];
  const headers = new Map<string, boolean>();
  for (const line of affText.split("\n")) {
    const parts = line.trim().split(/\s+/);
    const kind = parts[0];
    if (kind !== "PFX" && kind !== "SFX") continue;
    if (parts.length === 4 && /^\d+$/.test(parts[3]) && (parts[2] === "Y" || parts[2] === "N")) {
      headers.set(`${kind}:${parts[1]}`, parts[2] === "Y");
      continue;
    }
    if (parts.length < 4) continue;
    const [, flag, stripRaw, addRaw, conditionRaw = "."] = parts;
    const [addText, continuationText] = addRaw.split("/");
    rules.push({
      kind,
      flag: flags.id(flag),
      cross: headers.get(`${kind}:${flag}`) ?? false,
      strip: stripRaw === "0" ? "" : stripRaw,
      add: addText === "0" ? "" : addText,
      continuation: continuationText ? parseFlags(continuationText).map((f) => flags.id(f)) : [],
      condition: conditionSource(conditionRaw, kind),
    });
  }
  const conversions = [...affText.matchAll(/^ICONV[ \t]+(\S+)[ \t]+(\S+)/gm)]
    .map((m): [string, string] => [m[1], m[2]])
    .sort((a, b) => b[0].length - a[0].length);
  return {
    table: {
      rules,
      needAffix: optionalFlag("NEEDAFFIX"),
      onlyInCompound: optionalFlag("ONLYINCOMPOUND"),
      forbidden: optionalFlag("FORBIDDENWORD"),
      conversions,
    },
    parseFlags,
  };
}

/** Every .dic entry: word → each flag set it is listed with (a word may be listed more than once). */
export function parseDicEntries(dicText: string, parseFlags: FlagParser, flags: FlagInterner): Map<string, number[][]> {
  const entries = new Map<string, number[][]>();
  const lines = dicText.split("\n");
  // The first line holds the entry count.
  for (let i = 1; i < lines.length; i++) {
    // Morphological fields ("po:noun") and comment lines carry nothing for spelling.
    const line = lines[i].replace(/\t.*$/, "").replace(/\s+[a-z]{2}:\S+.*$/u, "").trim();
    if (!line || line.startsWith("/")) continue;
    const slash = line.search(/(?<!\\)\//);
    const word = (slash < 0 ? line : line.slice(0, slash)).replace(/\\\//g, "/");
    const set = [...new Set(slash < 0 ? [] : parseFlags(line.slice(slash + 1)).map((f) => flags.id(f)))].sort((a, b) => a - b);
    const list = entries.get(word);
    if (list) list.push(set);
    else entries.set(word, [set]);
  }
  return entries;
}
