/**
 * Scores the engine on labelled messages the way the product uses it: a message is blocked when
 * the full check (what `permitted check` runs on a .txt file) has any error finding. A compliant
 * message must pass; a violation must be blocked, and ideally by a rule of its category.
 */
import { checkVariant } from "../engine";
import type { Finding } from "../types";
import { categoryRuleFired } from "./categories";
import type { EvalMessage } from "./load";

export interface Outcome {
  message: EvalMessage;
  blocked: boolean;
  correct: boolean;
  /** Error-severity rule ids that fired. */
  errorRules: string[];
  findings: Finding[];
  /** Per expected category: whether one of its rules fired. */
  categoryHits: Record<string, boolean>;
}

export async function evaluateMessage(message: EvalMessage): Promise<Outcome> {
  const result = await checkVariant({ purpose: message.purpose, locale: message.locale, subject: message.subject, text: message.body });
  const errorRules = [...new Set(result.findings.filter((f) => f.severity === "error").map((f) => f.ruleId))];
  const blocked = result.verdict === "block";
  return {
    message,
    blocked,
    correct: blocked === !message.compliant,
    errorRules,
    findings: result.findings,
    categoryHits: Object.fromEntries(message.violations.map((category) => [category, categoryRuleFired(category, errorRules)])),
  };
}

export async function evaluateAll(messages: readonly EvalMessage[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const message of messages) outcomes.push(await evaluateMessage(message));
  return outcomes;
}

export interface Score {
  total: number;
  correct: number;
  accuracy: number;
  /** Violations blocked / all blocked (1 when nothing was blocked). */
  precision: number;
  /** Violations blocked / all violations (1 when there were none). */
  recall: number;
  compliantBlocked: number;
  violationsMissed: number;
}

export function scoreOf(outcomes: readonly Outcome[]): Score {
  const blocked = outcomes.filter((o) => o.blocked);
  const violations = outcomes.filter((o) => !o.message.compliant);
  const truePositives = blocked.filter((o) => !o.message.compliant).length;
  const correct = outcomes.filter((o) => o.correct).length;
  return {
    total: outcomes.length,
    correct,
    accuracy: outcomes.length ? correct / outcomes.length : 1,
    precision: blocked.length ? truePositives / blocked.length : 1,
    recall: violations.length ? truePositives / violations.length : 1,
    compliantBlocked: blocked.length - truePositives,
    violationsMissed: violations.length - truePositives,
  };
}

export function groupBy<K extends string>(outcomes: readonly Outcome[], key: (o: Outcome) => K): Map<K, Outcome[]> {
  const groups = new Map<K, Outcome[]>();
  for (const outcome of outcomes) {
    const k = key(outcome);
    groups.set(k, [...(groups.get(k) ?? []), outcome]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

export interface CategoryScore {
  category: string;
  /** Violations labelled with the category. */
  labelled: number;
  /** … of which blocked at all. */
  blocked: number;
  /** … of which a rule of the category fired (the right reason). */
  ruleFired: number;
}

export function categoryScores(outcomes: readonly Outcome[]): CategoryScore[] {
  const scores = new Map<string, CategoryScore>();
  for (const outcome of outcomes) {
    for (const category of outcome.message.violations) {
      const score = scores.get(category) ?? { category, labelled: 0, blocked: 0, ruleFired: 0 };
      score.labelled++;
      if (outcome.blocked) score.blocked++;
      if (outcome.categoryHits[category]) score.ruleFired++;
      scores.set(category, score);
    }
  }
  return [...scores.values()].sort((a, b) => a.category.localeCompare(b.category));
}

export interface RuleScore {
  ruleId: string;
  /** Messages on which the rule fired with error severity. */
  fired: number;
  /** … that were compliant (false alarms: this rule blocked a good message). */
  onCompliant: number;
}

export function ruleScores(outcomes: readonly Outcome[]): RuleScore[] {
  const scores = new Map<string, RuleScore>();
  for (const outcome of outcomes) {
    for (const ruleId of outcome.errorRules) {
      const score = scores.get(ruleId) ?? { ruleId, fired: 0, onCompliant: 0 };
      score.fired++;
      if (outcome.message.compliant) score.onCompliant++;
      scores.set(ruleId, score);
    }
  }
  return [...scores.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}
