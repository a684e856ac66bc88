/**
 * A lookup-time hunspell checker for dictionaries that nspell cannot load in reasonable time or
 * memory. nspell expands every affix rule of every word when it loads; with the Italian and
 * Portuguese dictionaries that takes minutes, and French and Polish need ~0.5 GB. Hunspell itself
 * works the other way round, and so does this: it keeps the .dic entries as they are and, for a
 * word to check, strips the affixes that could have produced it and looks the stem up.
 *
 * Supported: PFX/SFX with strip, add and condition; cross products (prefix + suffix); one
 * continuation level (a suffix after a suffix, or a prefix licensed by a suffix's continuation
 * class); NEEDAFFIX, ONLYINCOMPOUND and FORBIDDENWORD; FLAG long/num/UTF-8; ICONV (Dutch stores
 * "ij" as the ligature "ĳ"). Not supported: compounding (see compounds.ts) and OCONV — enough to
 * check running text, not a full hunspell.
 */

interface AffixRule {
  kind: "PFX" | "SFX";
  flag: string;
  cross: boolean;
  strip: string;
  add: string;
  continuation: readonly string[];
  condition: RegExp | null;
}

type FlagParser = (flags: string) => string[];

function flagParser(type: string | undefined): FlagParser {
  if (type === "long") return (flags) => flags.match(/[\s\S]{1,2}/gu) ?? [];
  if (type === "num") return (flags) => flags.split(",").filter(Boolean);
  return (flags) => Array.from(flags);
}

/** Hunspell conditions are a regex subset ("[^aeiou]y", "."); anchored at the word's edge. */
function conditionRegex(condition: string, kind: "PFX" | "SFX"): RegExp | null {
  if (condition === "." || condition === "") return null;
  const source = condition.replace(/[.*+?^${}()|\\]/g, (ch) => (ch === "." ? "." : `\\${ch}`)).replace(/\\\^/g, "^");
  try {
    return new RegExp(kind === "SFX" ? `(?:${source})$` : `^(?:${source})`, "u");
  } catch {
    return null;
  }
}

export interface AffixChecker {
  isCorrect(word: string): boolean;
}

export function createAffixChecker(affText: string, dicText: string): AffixChecker {
  const directive = (name: string) => new RegExp(`^${name}[ \\t]+(\\S+)`, "m").exec(affText)?.[1];
  const parseFlags = flagParser(directive("FLAG"));
  const needAffix = directive("NEEDAFFIX");
  const onlyInCompound = directive("ONLYINCOMPOUND");
  const forbidden = directive("FORBIDDENWORD");

  // --- affix rules, indexed by what they add so that a word only meets rules that fit it ---
  const suffixesByAdd = new Map<string, AffixRule[]>();
  const prefixesByAdd = new Map<string, AffixRule[]>();
  const suffixesByFlag = new Map<string, AffixRule[]>();
  let maxSuffix = 0;
  let maxPrefix = 0;
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
    const rule: AffixRule = {
      kind,
      flag,
      cross: headers.get(`${kind}:${flag}`) ?? false,
      strip: stripRaw === "0" ? "" : stripRaw,
      add: addText === "0" ? "" : addText,
      continuation: continuationText ? parseFlags(continuationText) : [],
      condition: conditionRegex(conditionRaw, kind),
    };
    const index = kind === "SFX" ? suffixesByAdd : prefixesByAdd;
    const list = index.get(rule.add) ?? [];
    list.push(rule);
    index.set(rule.add, list);
    if (kind === "SFX") {
      maxSuffix = Math.max(maxSuffix, rule.add.length);
      const byFlag = suffixesByFlag.get(flag) ?? [];
      byFlag.push(rule);
      suffixesByFlag.set(flag, byFlag);
    } else maxPrefix = Math.max(maxPrefix, rule.add.length);
  }

  // --- dictionary entries: word → every flag set it is listed with ---
  const entries = new Map<string, Set<string>[]>();
  const lines = dicText.split("\n");
  for (let i = 1; i < lines.length; i++) {
    // Morphological fields ("po:noun") and comment lines carry nothing for spelling.
    const line = lines[i].replace(/\t.*$/, "").replace(/\s+[a-z]{2}:\S+.*$/u, "").trim();
    if (!line || line.startsWith("/")) continue;
    const slash = line.search(/(?<!\\)\//);
    const word = (slash < 0 ? line : line.slice(0, slash)).replace(/\\\//g, "/");
    const flags = new Set(slash < 0 ? [] : parseFlags(line.slice(slash + 1)));
    const list = entries.get(word);
    if (list) list.push(flags);
    else entries.set(word, [flags]);
  }

  const usable = (flags: Set<string>) => !(onlyInCompound && flags.has(onlyInCompound)) && !(forbidden && flags.has(forbidden));
  /** The stem is listed with every required flag in one of its entries (one flag may come from `extra`). */
  const stemHas = (stem: string, required: readonly string[], licensedBy: readonly string[] = []) =>
    (entries.get(stem) ?? []).some(
      (flags) => usable(flags) && required.every((flag) => flags.has(flag) || licensedBy.includes(flag)),
    );

  const bare = (word: string) =>
    (entries.get(word) ?? []).some((flags) => usable(flags) && !(needAffix && flags.has(needAffix)));

  /** Candidate suffix rules whose `add` ends the word, with the form left after undoing them. */
  function* undoSuffixes(word: string): Generator<{ rule: AffixRule; stem: string }> {
    // The whole word may be the affix when the rule strips something ("serions" ← "être").
    for (let length = 0; length <= Math.min(maxSuffix, word.length); length++) {
      const rules = suffixesByAdd.get(word.slice(word.length - length));
      if (!rules) continue;
      const base = word.slice(0, word.length - length);
      for (const rule of rules) {
        const stem = base + rule.strip;
        if (stem && (!rule.condition || rule.condition.test(stem))) yield { rule, stem };
      }
    }
  }

  function* undoPrefixes(word: string): Generator<{ rule: AffixRule; stem: string }> {
    for (let length = 1; length <= Math.min(maxPrefix, word.length); length++) {
      const rules = prefixesByAdd.get(word.slice(0, length));
      if (!rules) continue;
      const base = word.slice(length);
      for (const rule of rules) {
        const stem = rule.strip + base;
        if (stem && (!rule.condition || rule.condition.test(stem))) yield { rule, stem };
      }
    }
  }

  /** word = stem + suffix, or stem + inner suffix + outer suffix (continuation class). */
  const viaSuffix = (word: string, prefix?: AffixRule): boolean => {
    for (const { rule: outer, stem } of undoSuffixes(word)) {
      if (prefix && !(outer.cross && prefix.cross)) continue;
      const prefixFlags = prefix ? [prefix.flag] : [];
      if (stemHas(stem, [outer.flag, ...prefixFlags], outer.continuation)) return true;
      // Two suffixes: the inner one's continuation class allows the outer one.
      for (const inner of undoSuffixes(stem)) {
        if (inner.rule.continuation.includes(outer.flag) && stemHas(inner.stem, [inner.rule.flag, ...prefixFlags], inner.rule.continuation)) {
          return true;
        }
      }
    }
    return false;
  };

  const viaPrefix = (word: string): boolean => {
    for (const { rule, stem } of undoPrefixes(word)) {
      if (stemHas(stem, [rule.flag])) return true;
      if (rule.cross && viaSuffix(stem, rule)) return true;
    }
    return false;
  };

  // Input conversions, longest first, applied to a word before lookup.
  const conversions = [...affText.matchAll(/^ICONV[ \t]+(\S+)[ \t]+(\S+)/gm)]
    .map((m) => [m[1], m[2]] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const convert = (word: string) => conversions.reduce((w, [from, to]) => w.replaceAll(from, to), word);

  const check = (input: string) => {
    const word = conversions.length ? convert(input) : input;
    return bare(word) || viaSuffix(word) || viaPrefix(word);
  };

  return {
    isCorrect(word: string) {
      if (check(word)) return true;
      const lower = word.toLowerCase();
      if (lower !== word && check(lower)) return true;
      const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
      return capitalised !== word && check(capitalised);
    },
  };
}
