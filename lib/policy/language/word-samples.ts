/**
 * A reproducible sample of words a speller should be asked about, drawn from a raw dictionary:
 * listed words in several casings, forms made by applying the .aff's prefix and suffix rules
 * (continuation classes and cross products included), compounds, hyphenated and elided words,
 * British spellings, and misspellings of all of them. Tests use it to compare the compiled form
 * with the raw dictionaries; it lives here rather than in a test so the benchmark can use it too.
 */
import { FlagInterner, parseAffixTable, parseDicEntries, type AffixRuleData } from "./affix-table";
import type { HunspellDictionary } from "./compile";
import { COMPOUNDING_LANGUAGES } from "./compounds";
import { prng as random } from "@/lib/testing/prng";


interface Rule extends AffixRuleData {
  test: RegExp | null;
}

function apply(rule: Rule, word: string): string | null {
  if (rule.test && !rule.test.test(word)) return null;
  if (rule.kind === "SFX") return word.endsWith(rule.strip) ? word.slice(0, word.length - rule.strip.length) + rule.add : null;
  return word.startsWith(rule.strip) ? rule.add + word.slice(rule.strip.length) : null;
}

export function sampleWords(language: string, dictionary: HunspellDictionary, count: number, seed = 1): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const flags = new FlagInterner();
  const { table, parseFlags } = parseAffixTable(new TextDecoder().decode(dictionary.aff), flags);
  const entries = parseDicEntries(new TextDecoder().decode(dictionary.dic), parseFlags, flags);
  const rulesByFlag = new Map<number, Rule[]>();
  for (const rule of table.rules) {
    const list = rulesByFlag.get(rule.flag) ?? [];
    list.push({ ...rule, test: rule.condition === null ? null : new RegExp(rule.condition, "u") });
    rulesByFlag.set(rule.flag, list);
  }
  const formsBy = (word: string, flagIds: readonly number[], kind: "PFX" | "SFX") =>
    flagIds.flatMap((flag) => (rulesByFlag.get(flag) ?? []).filter((rule) => rule.kind === kind).map((rule) => ({ rule, form: apply(rule, word) })))
      .filter((x): x is { rule: Rule; form: string } => x.form !== null && x.form.length > 0);

  const words = [...entries.keys()];
  const out: string[] = [];
  const misspell = (word: string) => {
    if (word.length < 3) return;
    const i = 1 + Math.floor(next() * (word.length - 2));
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word.slice(0, i) + word.slice(i + 1), word.slice(0, i) + word[i] + word.slice(i));
  };
  const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase(language) + word.slice(1);

  for (let n = 0; n < count; n++) {
    const word = pick(words);
    const flagIds = [...new Set(entries.get(word)!.flat())];
    out.push(word, capitalise(word), word.toLocaleUpperCase(language), word.toLocaleLowerCase(language));
    misspell(word);
    const suffixed = formsBy(word, flagIds, "SFX");
    for (let k = 0; k < 3 && suffixed.length; k++) {
      const { rule, form } = pick(suffixed);
      out.push(form, capitalise(form));
      misspell(form);
      // A second suffix licensed by the first one's continuation class.
      const further = formsBy(form, rule.continuation, "SFX");
      if (further.length) out.push(pick(further).form);
    }
    const prefixed = formsBy(word, flagIds, "PFX");
    if (prefixed.length) {
      const { rule, form } = pick(prefixed);
      out.push(form);
      misspell(form);
      const cross = rule.cross ? formsBy(form, flagIds, "SFX").filter((x) => x.rule.cross) : [];
      if (cross.length) out.push(pick(cross).form);
    }
  }
  for (let n = 0; n < count / 4; n++) {
    const [a, b] = [pick(words), pick(words)];
    out.push(`${a}-${b}`);
    if (COMPOUNDING_LANGUAGES.has(language)) {
      const compound = capitalise(a) + b.toLocaleLowerCase(language);
      out.push(compound, `${capitalise(a)}s${b.toLocaleLowerCase(language)}`);
      misspell(compound);
    }
    if (language === "fr" || language === "it") out.push(`l'${b}`, `d'${b}`);
    if (language === "en") out.push(b.replace(/or$/, "our").replace(/ize$/, "ise").replace(/er$/, "re"));
  }
  return [...new Set(out)];
}
