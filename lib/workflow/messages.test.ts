/**
 * Every i18n key the workflow code can hand to the UI resolves in every UI language, with its
 * parameters filled (no key echoed back, no `{{param}}` left over).
 */
import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n/server";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { POLICY_VERSION } from "@/lib/policy/version";
import { VERSION_STATES } from "@/lib/templates/model";
import { WORKFLOW_ERROR_REASONS } from "./errors";
import { FOUR_EYES_REASONS } from "./four-eyes";
import { XLIFF_PROBLEM_CODES, XLIFF_PROBLEM_DETAILS } from "@/lib/xliff/problems";
import { WORKFLOW_EVENTS } from "./state-machine";
import { SUBMISSION_PROBLEM_KINDS, submissionReadiness } from "./submission";

const SAMPLE_PARAMS = {
  state: "in_review",
  event: "approve",
  locale: "de-DE",
  ruleId: "content.marketing",
  rule: "No marketing or promotion",
  count: 2,
  // XLIFF problems
  unitId: "b2.li0",
  name: "{{order_id}}",
  found: "review-request",
  expected: "delivery-appointment",
  attribute: "trgLang",
  element: "b",
  id: "zz",
  detail: "1:10: unexpected close tag.",
  bytes: 70000,
  limit: 65536,
  depth: 64,
  elements: 20000,
  reason: "too-large",
  namespace: "urn:oasis:names:tc:xliff:document:1.2",
  version: "1.2",
};

function expectResolves(keys: readonly string[]): void {
  for (const lng of UI_LANGUAGES) {
    const i18n = i18nFor(lng);
    for (const key of keys) {
      expect(i18n.exists(key), `${lng} ${key}`).toBe(true);
      const text = i18n.t(key, SAMPLE_PARAMS);
      expect(text, `${lng} ${key}`).not.toMatch(/\{\{(?!order_id)|\$t\(|workflow:|editor:/);
    }
  }
}

describe("workflow messages", () => {
  it("state, event and error keys resolve", () => {
    expectResolves([
      ...VERSION_STATES.map((s) => `workflow:states.${s}`),
      ...WORKFLOW_EVENTS.map((e) => `workflow:events.${e}`),
      ...WORKFLOW_ERROR_REASONS.map((r) => `workflow:errors.${r}`),
      ...FOUR_EYES_REASONS.map((r) => `workflow:fourEyes.${r}`),
    ]);
  });

  it("every submission problem's key resolves", () => {
    const { problems } = submissionReadiness({
      sourceLocale: "en-US",
      requiredLocales: ["en-US", "de-DE", "fr-FR", "it-IT", "es-ES"],
      variants: [
        { locale: "en-US", status: "missing", contentHash: "x" },
        { locale: "de-DE", status: "draft", contentHash: "x" },
        { locale: "fr-FR", status: "outdated", contentHash: "x", a11y: { contentHash: "x", violations: [{ ruleId: "image-alt" }] } },
        {
          locale: "es-ES",
          attachmentsMissing: 1,
          attachmentErrors: ["a"],
          status: "translated",
          contentHash: "x",
          policy: {
            contentHash: "x",
            policyVersion: POLICY_VERSION,
            findings: [
              { ruleId: "a", severity: "error" },
              { ruleId: "b", severity: "warning" },
            ],
          },
        },
      ],
      openThreadLocales: ["de-DE"],
      threadsBlockSubmission: true,
    });
    const keys = new Set(problems.map((p) => p.messageKey));
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(SUBMISSION_PROBLEM_KINDS));
    expectResolves([...keys]);
  });

  it("every XLIFF problem's key resolves", () => {
    expectResolves([...XLIFF_PROBLEM_CODES, ...XLIFF_PROBLEM_DETAILS].map((code) => `workflow:xliff.problems.${code}`));
  });
});
