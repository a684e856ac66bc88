/**
 * A lookup-time hunspell checker. nspell expands every affix rule of every word when it loads;
 * with the Italian and Portuguese dictionaries that takes minutes, and French and Polish need
 * ~0.5 GB. Hunspell itself works the other way round, and so does this: it keeps the .dic entries
 * as they are and, for a word to check, strips the affixes that could have produced it and looks
 * the stem up — in a compact store (compiled-dictionary.ts) or, in tests, a Map of the raw file.
 *
 * Supported: PFX/SFX with strip, add and condition; cross products (prefix + suffix); one
 * continuation level (a suffix after a suffix, or a prefix licensed by a suffix's continuation
 * class); NEEDAFFIX, ONLYINCOMPOUND and FORBIDDENWORD; FLAG long/num/UTF-8; ICONV (Dutch stores
 * "ij" as the ligature "ĳ"). Not supported: compounding (see compounds.ts) and OCONV — enough to
 * check running text, not a full hunspell.
 */
import type { AffixRuleData, AffixTableData } from "./affix-table";

/** The interned flags of one dictionary entry. */
export type FlagSet = ArrayLike<number> & { includes(flag: number): boolean };

/** Every flag set a word is listed with, or undefined for a word not in the dictionary. */
export type EntryLookup = (word: string) => readonly FlagSet[] | undefined;

interface AffixRule extends Omit<AffixRuleData, "condition"> {
  condition: RegExp | null;
}

export interface AffixChecker {
  isCorrect(word: string): boolean;
}

export function createAffixChecker(table: AffixTableData, entriesOf: EntryLookup): AffixChecker {
  const { needAffix, onlyInCompound, forbidden, conversions } = table;

  // --- affix rules, indexed by what they add so that a word only meets rules that fit it ---
  const suffixesByAdd = new Map<string, AffixRule[]>();
  const prefixesByAdd = new Map<string, AffixRule[]>();
  // Many rules share a condition ("[^aeiou]y"); one RegExp each keeps Portuguese's 26,000 rules small.
  const conditions = new Map<string, RegExp>();
  let maxSuffix = 0;
  let maxPrefix = 0;
  for (const data of table.rules) {
    let condition: RegExp | null = null;
    if (data.condition !== null) {
      condition = conditions.get(data.condition) ?? new RegExp(data.condition, "u");
      conditions.set(data.condition, condition);
    }
    const rule: AffixRule = { ...data, condition };
    const index = rule.kind === "SFX" ? suffixesByAdd : prefixesByAdd;
    const list = index.get(rule.add) ?? [];
    list.push(rule);
    index.set(rule.add, list);
    if (rule.kind === "SFX") maxSuffix = Math.max(maxSuffix, rule.add.length);
    else maxPrefix = Math.max(maxPrefix, rule.add.length);
  }

  const usable = (flags: FlagSet) => !flags.includes(onlyInCompound) && !flags.includes(forbidden);
  /** The stem is listed with every required flag in one of its entries (or the flag is licensed by `licensedBy`). */
  const stemHas = (stem: string, required: readonly number[], licensedBy: readonly number[] = []) =>
    (entriesOf(stem) ?? []).some(
      (flags) => usable(flags) && required.every((flag) => flags.includes(flag) || licensedBy.includes(flag)),
    );

  const bare = (word: string) => (entriesOf(word) ?? []).some((flags) => usable(flags) && !flags.includes(needAffix));

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
