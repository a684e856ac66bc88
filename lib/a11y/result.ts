/**
 * The result of an accessibility check, the same shape from the browser and the server, small
 * enough to store with a variant: rule ids, WCAG criteria and i18n keys, never English text.
 */
import type { AxeResults, ImpactValue, UnlabelledFrameSelector } from "axe-core";
import { isBrowserOnly } from "./rules";
import { conformanceLevelFromTags, wcagCriteriaFromTags, type ConformanceLevel } from "./wcag";

export interface A11yNode {
  /** CSS selector path to the element (one entry per shadow/frame boundary; we have none). */
  target: string[];
  /** The element's opening markup as axe reports it (truncated by axe for long elements). */
  html: string;
}

export interface A11yViolation {
  ruleId: string;
  impact: Exclude<ImpactValue, null> | null;
  /** WCAG success criteria the rule tests, e.g. ["1.1.1"]; empty for best-practice rules. */
  wcag: string[];
  level: ConformanceLevel;
  /** Plain-language explanation, key in the a11y namespace. */
  helpKey: string;
  nodes: A11yNode[];
}

export interface A11yResult {
  axeVersion: string;
  violations: A11yViolation[];
  /** Rules axe could not decide here (e.g. needs layout): neither passed nor failed. */
  incomplete: string[];
  /** Number of rules that passed. */
  passes: number;
}

export function helpKeyFor(ruleId: string): string {
  return `rules.${ruleId}`;
}

function targetStrings(target: UnlabelledFrameSelector): string[] {
  // Each entry is a selector, or a list of selectors when it crosses a shadow root.
  return target.map((part) => (Array.isArray(part) ? part.join(" ") : String(part)));
}

export function toA11yResult(results: AxeResults, axeVersion: string): A11yResult {
  return {
    axeVersion,
    violations: results.violations.map((rule) => ({
      ruleId: rule.id,
      impact: rule.impact ?? null,
      wcag: wcagCriteriaFromTags(rule.tags),
      level: conformanceLevelFromTags(rule.tags),
      helpKey: helpKeyFor(rule.id),
      nodes: rule.nodes.map((node) => ({ target: targetStrings(node.target), html: node.html })),
    })),
    incomplete: results.incomplete.map((rule) => rule.id),
    passes: results.passes.length,
  };
}

/**
 * Violations that block submission: all of a server result; of a browser result, those the
 * server also decides (a browser-only rule cannot block, since the gate cannot reproduce it).
 */
export function blockingViolations(result: A11yResult): A11yViolation[] {
  return result.violations.filter((violation) => !isBrowserOnly(violation.ruleId));
}
