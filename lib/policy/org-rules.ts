/**
 * Organisation rules as engine rules: each stored rule becomes a RuleDefinition with the id
 * `org.<id>`, run with Amazon's rules in the browser, on save, at the gate and in the CLI. Texts are
 * the organisation's own (params), framed by policy:rules.org.* so the finding reads like any other.
 * Pure; patterns were validated when the settings were saved (validate-org-rule.ts).
 */
import type { CheckContext, FieldText } from "./context";
import { foldForMatching } from "./phrases/compile";
import { ALL_PURPOSES } from "./rules/define";
import type { OrgRule, OrgRulePattern } from "./org-policy";
import type { RuleDefinition, RuleHit } from "./types";

/** Scripts written without spaces between words: a word pattern matches anywhere there. */
export const UNSPACED_LANGUAGES = new Set(["ja", "zh", "th"]);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A words pattern: one phrase per entry, spaces matching any run of spaces, the last word allowed a
 * short inflected ending ("Zustellung" finds "Zustellungen"), never inside a longer word.
 */
function wordsRegex(phrase: string, language: string): RegExp {
  const words = foldForMatching(phrase.trim(), language).split(/\s+/).map(escapeRegex).join("\\s+");
  if (UNSPACED_LANGUAGES.has(language)) return new RegExp(words, "giu");
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, "giu");
}

/** The pattern's regular expression, or null when it does not compile. */
export function patternRegex(pattern: OrgRulePattern, language: string): RegExp | null {
  try {
    return pattern.kind === "words" ? wordsRegex(pattern.value, language) : new RegExp(pattern.value, "giu");
  } catch {
    return null;
  }
}

/**
 * Compiled once per pattern and language: the editor checks on every change, and a rule list keeps
 * its pattern objects for as long as the page shows it. (matchAll copies the regex, so the shared
 * one's lastIndex never moves.)
 */
const compiled = new WeakMap<OrgRulePattern, Map<string, RegExp | null>>();
function cachedRegex(pattern: OrgRulePattern, language: string): RegExp | null {
  let byLanguage = compiled.get(pattern);
  if (!byLanguage) compiled.set(pattern, (byLanguage = new Map()));
  if (!byLanguage.has(language)) byLanguage.set(language, patternRegex(pattern, language));
  return byLanguage.get(language) ?? null;
}

function appliesTo(pattern: OrgRulePattern, language: string): boolean {
  return pattern.language === "all" || pattern.language === language;
}

/** Where the rule's patterns for the language match the text: [start, end) offsets. */
export function orgRuleMatches(rule: OrgRule, language: string, text: string): Array<{ start: number; end: number }> {
  const folded = foldForMatching(text, language);
  const found: Array<{ start: number; end: number }> = [];
  for (const pattern of rule.patterns) {
    if (!appliesTo(pattern, language)) continue;
    const regex = cachedRegex(pattern, language);
    if (!regex) continue;
    for (const match of (pattern.kind === "words" ? folded : text).matchAll(regex)) {
      if (match[0].length > 0) found.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start).filter((hit, i, all) => i === 0 || hit.start >= all[i - 1].end);
}

function hitsIn(rule: OrgRule, context: CheckContext, field: FieldText): RuleHit[] {
  const params = { name: rule.name, message: rule.message, link: rule.link ?? "" };
  return orgRuleMatches(rule, context.language, field.view.text).map((at) => ({
    target: { field: field.field, start: at.start, end: at.end },
    params,
    severity: rule.severity,
  }));
}

const definitions = new WeakMap<readonly OrgRule[], RuleDefinition<CheckContext>[]>();

/** The organisation's rules as engine rules (memoised per rule list: the editor checks on every change). */
export function orgRuleDefinitions(rules: readonly OrgRule[] | undefined): RuleDefinition<CheckContext>[] {
  if (!rules || rules.length === 0) return [];
  let cached = definitions.get(rules);
  if (!cached) {
    cached = rules.map((rule) => ({
      id: `org.${rule.id}`,
      severity: rule.severity,
      category: "content",
      cost: "cheap",
      purposes: ALL_PURPOSES,
      messageKey: "rules.org.message",
      hintKey: rule.link ? "rules.org.hintWithLink" : "rules.org.hint",
      citation: { section: "organisation", textKey: "rules.org.citation" },
      check: (context: CheckContext) => [...hitsIn(rule, context, context.subject), ...hitsIn(rule, context, context.body)],
    }));
    definitions.set(rules, cached);
  }
  return cached;
}
