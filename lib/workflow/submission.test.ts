import { describe, expect, it } from "vitest";
import { emptyDoc, type DocJSON } from "@/lib/editor/extensions";
import { POLICY_VERSION } from "@/lib/policy/version";
import { isEmptyVariant, submissionReadiness, type SubmissionInput, type VariantReadinessInput } from "./submission";

function variant(locale: string, overrides: Partial<VariantReadinessInput> = {}): VariantReadinessInput {
  const contentHash = `hash-${locale}`;
  return {
    locale,
    status: "translated",
    contentHash,
    policy: { contentHash, policyVersion: POLICY_VERSION, findings: [] },
    a11y: { contentHash, violations: [] },
    ...overrides,
  };
}

function input(variants: VariantReadinessInput[], requiredLocales = ["en-US", "de-DE", "fr-FR"]): SubmissionInput {
  return { sourceLocale: "en-US", requiredLocales, variants };
}

const kinds = (i: SubmissionInput) => submissionReadiness(i).problems.map((p) => `${p.locale}:${p.kind}${p.ruleId ? `:${p.ruleId}` : ""}`);

describe("submissionReadiness", () => {
  it("is ready when every required locale is translated and every check is fresh and clean", () => {
    const result = submissionReadiness(input([variant("en-US", { status: "draft" }), variant("de-DE"), variant("fr-FR")]));
    expect(result).toEqual({ ready: true, problems: [] });
  });

  it("names each variant that is missing, untranslated or outdated, source first", () => {
    const result = submissionReadiness(
      input(
        [variant("fr-FR", { status: "outdated" }), variant("de-DE", { status: "draft" }), variant("en-US")],
        ["en-US", "de-DE", "fr-FR", "it-IT"],
      ),
    );
    expect(result.ready).toBe(false);
    expect(result.problems.map((p) => [p.locale, p.kind, p.messageKey])).toEqual([
      ["de-DE", "untranslated-variant", "workflow:submission.untranslated-variant"],
      ["fr-FR", "outdated-variant", "workflow:submission.outdated-variant"],
      ["it-IT", "missing-variant", "workflow:submission.missing-variant"],
    ]);
    expect(result.problems[0].params).toEqual({ locale: "de-DE" });
  });

  it("requires a source with content, whether or not the source locale is listed as required", () => {
    expect(kinds(input([variant("en-US", { status: "missing" }), variant("de-DE")], ["de-DE"]))).toEqual(["en-US:empty-source"]);
    expect(kinds(input([variant("en-US", { status: "draft", empty: true }), variant("de-DE")], ["de-DE"]))).toEqual([
      "en-US:empty-source",
    ]);
    expect(kinds(input([variant("de-DE")], ["de-DE"]))).toEqual(["en-US:empty-source"]);
  });

  it("treats a translated but empty target as missing", () => {
    expect(kinds(input([variant("en-US"), variant("de-DE", { empty: true }), variant("fr-FR")]))).toEqual(["de-DE:missing-variant"]);
  });

  it("reports policy errors and unacknowledged warnings per rule, with counts", () => {
    const de = variant("de-DE");
    const withFindings = variant("de-DE", {
      policy: {
        contentHash: de.contentHash,
        policyVersion: POLICY_VERSION,
        findings: [
          { ruleId: "content.marketing", severity: "error" },
          { ruleId: "content.marketing", severity: "error" },
          { ruleId: "styling.caps", severity: "warning" },
          { ruleId: "links.external", severity: "warning", ackKey: "links.external|https://a.example|0" },
          { ruleId: "links.external", severity: "warning", ackKey: "links.external|https://b.example|0" },
        ],
      },
      acknowledgedWarnings: { "links.external|https://a.example|0": "Our own help page" },
    });
    const result = submissionReadiness(input([variant("en-US"), withFindings, variant("fr-FR")]));
    expect(result.problems.map((p) => [p.kind, p.ruleId, p.params.count])).toEqual([
      ["policy-error", "content.marketing", 2],
      ["unacknowledged-warning", "styling.caps", 1],
      ["unacknowledged-warning", "links.external", 1],
    ]);
  });

  it("accepts warnings acknowledged by rule id with a reason, not with a blank one", () => {
    const en = variant("en-US");
    const findings = [{ ruleId: "styling.caps", severity: "warning" as const }];
    const policy = { contentHash: en.contentHash, policyVersion: POLICY_VERSION, findings };
    const acknowledged = variant("en-US", { policy, acknowledgedWarnings: { "styling.caps": "Brand name is all caps" } });
    const blank = variant("en-US", { policy, acknowledgedWarnings: { "styling.caps": "   " } });
    expect(kinds(input([acknowledged], ["en-US"]))).toEqual([]);
    expect(kinds(input([blank], ["en-US"]))).toEqual(["en-US:unacknowledged-warning:styling.caps"]);
  });

  it("reports accessibility violations per rule", () => {
    const en = variant("en-US");
    const result = submissionReadiness(
      input([variant("en-US", { a11y: { contentHash: en.contentHash, violations: [{ ruleId: "image-alt" }] } })], ["en-US"]),
    );
    expect(result.problems).toEqual([
      {
        kind: "a11y-violation",
        locale: "en-US",
        ruleId: "image-alt",
        messageKey: "workflow:submission.a11y-violation",
        params: { locale: "en-US", ruleId: "image-alt", count: 1 },
      },
    ]);
  });

  it("treats results made for other content, another policy version, or none at all as stale", () => {
    const stale = (overrides: Partial<VariantReadinessInput>) =>
      submissionReadiness(input([variant("en-US", overrides)], ["en-US"])).problems.map((p) => [p.kind, p.check, p.messageKey]);
    const errorsForOldContent = {
      contentHash: "old",
      policyVersion: POLICY_VERSION,
      findings: [{ ruleId: "content.marketing", severity: "error" as const }],
    };
    // Findings made for older content say nothing about the current one: only "run again" is reported.
    expect(stale({ policy: errorsForOldContent })).toEqual([["stale-check", "policy", "workflow:submission.stale-check.policy"]]);
    expect(stale({ policy: { contentHash: "hash-en-US", policyVersion: "2000.0.0", findings: [] } })).toEqual([
      ["stale-check", "policy", "workflow:submission.stale-check.policy"],
    ]);
    expect(stale({ a11y: null })).toEqual([["stale-check", "a11y", "workflow:submission.stale-check.a11y"]]);
    expect(stale({ policy: undefined, a11y: { contentHash: "old", violations: [] } })).toHaveLength(2);
  });

  it("checks a variant outside the required locales when it has content, and ignores it when missing", () => {
    expect(kinds(input([variant("en-US"), variant("es-ES", { status: "outdated" })], ["en-US"]))).toEqual(["es-ES:outdated-variant"]);
    expect(kinds(input([variant("en-US"), variant("es-ES", { status: "missing" })], ["en-US"]))).toEqual([]);
  });

  it("still checks a target that is not yet translated, so the author sees everything at once", () => {
    expect(kinds(input([variant("en-US"), variant("de-DE", { status: "draft", a11y: null })], ["de-DE"]))).toEqual([
      "de-DE:untranslated-variant",
      "de-DE:stale-check",
    ]);
  });
});

describe("isEmptyVariant", () => {
  const paragraph = (content: DocJSON["content"]): DocJSON => ({ type: "doc", content: [{ type: "paragraph", content }] });
  it("is empty only without subject text and without body text, placeholders or images", () => {
    expect(isEmptyVariant("", emptyDoc())).toBe(true);
    expect(isEmptyVariant("  ", null)).toBe(true);
    expect(isEmptyVariant("", paragraph([{ type: "text", text: " " }]))).toBe(true);
    expect(isEmptyVariant("Your order", emptyDoc())).toBe(false);
    expect(isEmptyVariant("", paragraph([{ type: "placeholder", attrs: { name: "order_id" } }]))).toBe(false);
    expect(isEmptyVariant("", { type: "doc", content: [{ type: "image", attrs: { src: "https://x.example/a.png", alt: "A" } }] })).toBe(false);
  });
});

describe("open comment threads", () => {
  const ready = {
    sourceLocale: "en-GB",
    requiredLocales: ["en-GB"],
    variants: [{ locale: "en-GB", status: "draft" as const, contentHash: "h", policy: { contentHash: "h", policyVersion: "p", findings: [] }, a11y: { contentHash: "h", violations: [] } }],
    policyVersion: "p",
  };
  it("block submission, one problem per language with the count, only where the organisation says so", () => {
    const open = ["de-DE", "en-GB", "de-DE"];
    expect(submissionReadiness({ ...ready, openThreadLocales: open }).ready).toBe(true);
    const blocked = submissionReadiness({ ...ready, openThreadLocales: open, threadsBlockSubmission: true });
    expect(blocked.ready).toBe(false);
    expect(blocked.problems.map((p) => [p.kind, p.locale, p.params.count])).toEqual([
      ["open-threads", "en-GB", 1],
      ["open-threads", "de-DE", 2],
    ]);
    expect(submissionReadiness({ ...ready, openThreadLocales: [], threadsBlockSubmission: true }).ready).toBe(true);
  });
});
