/**
 * The browser-safe policy check: every rule that needs no dictionary or language model. The editor
 * runs it on every change (debounced); the node engine (engine.ts) runs it too and adds the
 * language and spelling rules.
 */
import { createCheckContext, type VariantInput } from "./context";
import { runRules } from "./findings";
import { orgRuleDefinitions } from "./org-rules";
import { CHEAP_RULES } from "./rules/index";
import { verdictOf, type PolicyResult } from "./types";
import { POLICY_VERSION } from "./version";

export type { VariantInput } from "./context";

export function checkVariantCheap(input: VariantInput): PolicyResult {
  const findings = runRules([...CHEAP_RULES, ...orgRuleDefinitions(input.orgRules)], createCheckContext(input));
  return { policyVersion: POLICY_VERSION, findings, verdict: verdictOf(findings) };
}
