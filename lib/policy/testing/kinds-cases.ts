/**
 * The table-driven form of the "kinds" tests: sentences written for a test (never the evaluation
 * set's own), each with the rule its cheap check must raise as an error, or null when it must pass.
 * Purposeless cases accept any of the three purposeless rules (which one names a message depends on
 * its first filler); a rule ending in ".*" accepts any rule of that family (e.g. "contact.*").
 */
import { expect, it } from "vitest";
import { checkVariant } from "../engine";
import type { PurposeId } from "../purposes";

export type Case = [locale: string, purpose: PurposeId, text: string, rule: string | null];

const PURPOSELESS = new Set(["content.only-thanks", "content.only-help-offer", "content.only-confirmation"]);

async function errorRules(locale: string, purpose: PurposeId, text: string): Promise<string[]> {
  const result = await checkVariant({ purpose, locale, subject: "", text }, { only: "cheap" });
  return result.findings.filter((f) => f.severity === "error").map((f) => f.ruleId);
}

/** One test per case, inside the caller's describe. */
export function runCases(cases: readonly Case[]): void {
  for (const [locale, purpose, text, rule] of cases) {
    it(`${rule ?? "passes"} (${locale}, ${purpose}): ${text.replace(/\s+/g, " ").slice(0, 90)}`, async () => {
      const errors = await errorRules(locale, purpose, text);
      if (rule === null) expect(errors).toEqual([]);
      else if (PURPOSELESS.has(rule)) expect(errors.some((id) => PURPOSELESS.has(id))).toBe(true);
      else if (rule.endsWith(".*")) expect(errors.some((id) => id.startsWith(rule.slice(0, -1)))).toBe(true);
      else expect(errors).toContain(rule);
    });
  }
}
