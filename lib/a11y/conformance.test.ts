/**
 * Conformance of the server runner with axe-core's own rule fixtures and the W3C ACT test cases,
 * for every rule the server runs. Every disagreement must be listed in known-limits.ts with the
 * limit that explains it (a jsdom limit, or, where Chromium with the same axe disagrees too,
 * axe's or the corpus's); a listed case that agrees again fails too, so the list stays true.
 *
 * Corpora (../shared/corpora, see their SOURCE.md; MPL-2.0 and W3C licences, read here, not copied):
 * - axe-core-integration/rules/<rule>/<name>.json + .html: a body fragment and the selectors axe
 *   must report as violations/passes/incomplete; any other node the rule looks at must be
 *   inapplicable. Run like axe's own runner: inside <div id="fixture">, context = the fixture.
 * - act-rules/testcases.json: whole pages with an expected outcome per ACT rule. ACT rules are
 *   mapped to axe rules through the `actIds` of the axe build we run. A gate needs a violation
 *   for "failed" (axe's own ACT runner also accepts "incomplete"; our gate does not block on it)
 *   and none for "passed"/"inapplicable".
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AxeResults } from "axe-core";
import axeModule from "axe-core";
import { beforeAll, describe, expect, it } from "vitest";
import { KNOWN_DISAGREEMENTS } from "./known-limits";
import { BROWSER_ONLY_RULES, SERVER_RULE_IDS } from "./rules";
import { runServerAxe } from "./server-runner";

const CORPORA = path.resolve(import.meta.dirname, "../../../shared/corpora");
const AXE_FIXTURES = path.join(CORPORA, "axe-core-integration/rules");
const ACT_CASES = path.join(CORPORA, "act-rules/testcases.json");

const OUTCOMES = ["violations", "passes", "incomplete"] as const;
type Outcome = (typeof OUTCOMES)[number] | "inapplicable";

interface AxeFixture {
  rule: string;
  violations?: string[][];
  passes?: string[][];
  incomplete?: string[][];
}

interface ActCase {
  ruleId: string;
  expected: "passed" | "failed" | "inapplicable";
  example: number;
  html: string;
  language: string;
}

/** Where each node a rule looked at ended up, keyed by its selector path. */
function outcomesByTarget(results: AxeResults): Map<string, Outcome> {
  const byTarget = new Map<string, Outcome>();
  for (const outcome of OUTCOMES) {
    for (const rule of results[outcome]) for (const node of rule.nodes) byTarget.set(node.target.join(" >> "), outcome);
  }
  return byTarget;
}

async function axeFixtureDisagreements(jsonPath: string): Promise<Map<string, string>> {
  const fixture = JSON.parse(readFileSync(jsonPath, "utf8")) as AxeFixture;
  const html = readFileSync(jsonPath.replace(/\.json$/, ".html"), "utf8");
  const page = `<!DOCTYPE html><html lang="en"><head><title>Fixture</title></head><body><div id="fixture">${html}</div></body></html>`;
  const actual = outcomesByTarget(await runServerAxe(page, { rules: [fixture.rule], context: "#fixture" }));
  const expected = new Map<string, Outcome>();
  for (const outcome of OUTCOMES) for (const target of fixture[outcome] ?? []) expected.set(target.join(" >> "), outcome);
  const id = path.relative(AXE_FIXTURES, jsonPath);
  const disagreements = new Map<string, string>();
  for (const target of new Set([...expected.keys(), ...actual.keys()])) {
    const want = expected.get(target) ?? "inapplicable";
    const got = actual.get(target) ?? "inapplicable";
    if (want !== got) disagreements.set(`axe:${id} ${target}`, `expected ${want}, got ${got}`);
  }
  return disagreements;
}

/** ACT rule id → the server rules that implement it, from the actIds of the axe build we run. */
function actRuleMapping(): Map<string, string[]> {
  const mapping = new Map<string, string[]>();
  for (const rule of axeModule.getRules()) {
    if (!(SERVER_RULE_IDS as string[]).includes(rule.ruleId)) continue;
    for (const actId of rule.actIds ?? []) mapping.set(actId, [...(mapping.get(actId) ?? []), rule.ruleId]);
  }
  return mapping;
}

async function actDisagreement(testCase: ActCase, rules: string[]): Promise<string | null> {
  const results = await runServerAxe(testCase.html, { rules });
  const violations = results.violations.flatMap((rule) => rule.nodes.map((n) => `${rule.id} ${n.target.join(" >> ")}`));
  const incomplete = results.incomplete.map((rule) => rule.id);
  if (testCase.expected === "failed") {
    if (violations.length > 0) return null;
    return incomplete.length ? `expected a violation, got only incomplete (${incomplete.join(", ")})` : "expected a violation, got none";
  }
  return violations.length === 0 ? null : `expected no violation (${testCase.expected}), got ${violations.join("; ")}`;
}

function fixturesOf(rules: readonly string[]): string[] {
  return readdirSync(AXE_FIXTURES).flatMap((ruleDir) =>
    readdirSync(path.join(AXE_FIXTURES, ruleDir))
      .filter((file) => file.endsWith(".json"))
      .map((file) => path.join(AXE_FIXTURES, ruleDir, file))
      .filter((jsonPath) => rules.includes((JSON.parse(readFileSync(jsonPath, "utf8")) as AxeFixture).rule)),
  );
}

describe("server runner conformance", () => {
  const found = new Map<string, string>();
  let axeFixtureCount = 0;
  let actCaseCount = 0;

  beforeAll(() => {
    if (!existsSync(AXE_FIXTURES) || !existsSync(ACT_CASES)) throw new Error(`conformance corpora missing under ${CORPORA}`);
  });

  it("runs axe-core's rule fixtures of every server rule", async () => {
    for (const jsonPath of fixturesOf(SERVER_RULE_IDS)) {
      axeFixtureCount++;
      for (const [id, what] of await axeFixtureDisagreements(jsonPath)) found.set(id, what);
    }
    expect(axeFixtureCount).toBeGreaterThan(30);
  });

  it("runs the W3C ACT test cases of every ACT rule a server rule implements", async () => {
    const mapping = actRuleMapping();
    const cases = (JSON.parse(readFileSync(ACT_CASES, "utf8")) as ActCase[]).filter((c) => c.language === "html");
    for (const testCase of cases) {
      const rules = mapping.get(testCase.ruleId);
      if (!rules) continue;
      actCaseCount++;
      const what = await actDisagreement(testCase, rules);
      if (what) found.set(`act:${testCase.ruleId}/${testCase.expected}-${testCase.example}`, what);
    }
    expect(actCaseCount).toBeGreaterThan(200);
  });

  it("explains every disagreement by a documented limit", () => {
    const unexplained = [...found].filter(([id]) => !Object.hasOwn(KNOWN_DISAGREEMENTS, id));
    expect(Object.fromEntries(unexplained)).toEqual({});
  });

  it("lists no case that agrees by now", () => {
    const stale = Object.keys(KNOWN_DISAGREEMENTS).filter((id) => !found.has(id));
    expect(stale).toEqual([]);
  });

  // The other side of the same honesty: a rule kept out of the gate as browser-only must really
  // be beyond jsdom, or it belongs on the server.
  it.each(Object.keys(BROWSER_ONLY_RULES))("still cannot decide browser-only rule %s in jsdom", async (rule) => {
    const fixtures = fixturesOf([rule]);
    expect(fixtures.length).toBeGreaterThan(0);
    let disagreements = 0;
    for (const jsonPath of fixtures) disagreements += (await axeFixtureDisagreements(jsonPath)).size;
    expect(disagreements).toBeGreaterThan(0);
  });
});
