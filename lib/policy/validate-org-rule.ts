/**
 * Whether an organisation rule may be stored: every regular expression compiles, is short and has no
 * catastrophic backtracking (safe-regex2's star-height check: a nested quantifier can take
 * exponential time on a long message, in the browser on every keystroke), no pattern matches the
 * empty text, and the rule's own examples pass. Errors are policy-namespace i18n keys per field.
 */
import safeRegex from "safe-regex2";
import { ORG_LIMITS, type OrgRule } from "./org-policy";
import { orgRuleMatches, patternRegex } from "./org-rules";

export interface OrgRuleProblem {
  /** Where: "patterns.2", "mustMatch.0", … (index into the rule's lists). */
  path: string;
  key: string;
}

/** The languages an example is tried in: its own, or for "all" every language the rule has patterns for. */
function languagesOf(rule: OrgRule, language: string): string[] {
  if (language !== "all") return [language];
  return [...new Set(rule.patterns.map((pattern) => (pattern.language === "all" ? "en" : pattern.language)))];
}
const matchesIn = (rule: OrgRule, language: string, text: string) => languagesOf(rule, language).some((lng) => orgRuleMatches(rule, lng, text).length > 0);

/** What is wrong with one pattern, or null: the first problem only, since each later check needs the earlier ones to pass. */
function patternProblem(pattern: OrgRule["patterns"][number]): OrgRuleProblem["key"] | null {
  const limit = pattern.kind === "regex" ? ORG_LIMITS.regexLength : ORG_LIMITS.wordLength;
  if (pattern.value.length > limit) return "orgPolicy.errors.patternTooLong";
  const regex = patternRegex(pattern, pattern.language === "all" ? "en" : pattern.language);
  if (!regex) return "orgPolicy.errors.regexInvalid";
  if (pattern.kind === "regex" && !safeRegex(pattern.value, { limit: 25 })) return "orgPolicy.errors.regexUnsafe";
  regex.lastIndex = 0;
  return regex.test("") ? "orgPolicy.errors.regexEmpty" : null;
}

export function validateOrgRule(rule: OrgRule): OrgRuleProblem[] {
  const problems: OrgRuleProblem[] = [];
  rule.patterns.forEach((pattern, index) => {
    const key = patternProblem(pattern);
    if (key) problems.push({ path: `patterns.${index}`, key });
  });
  if (problems.length > 0) return problems;
  rule.mustMatch.forEach((example, index) => {
    if (!matchesIn(rule, example.language, example.text)) problems.push({ path: `mustMatch.${index}`, key: "orgPolicy.errors.exampleNotMatched" });
  });
  rule.mustNotMatch.forEach((example, index) => {
    if (matchesIn(rule, example.language, example.text)) problems.push({ path: `mustNotMatch.${index}`, key: "orgPolicy.errors.exampleMatched" });
  });
  return problems;
}
