/**
 * What the spelling rules report (lib/policy/rules/language.ts): one finding per distinct doubtful
 * word, at its first occurrence, with how often it occurs; at most MAX_SPELLING_FINDINGS of them,
 * each saying how many distinct doubtful words the message has in all.
 */
import { describe, expect, it } from "vitest";
import { checkVariant } from "../engine";
import { MAX_SPELLING_FINDINGS } from "../rules/language";
import type { Finding } from "../types";

const spelling = (findings: Finding[]) => findings.filter((f) => f.ruleId.startsWith("language.spelling"));

const LOREM =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. " +
  "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. " +
  "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. " +
  "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. " +
  "Curabitur pretium tincidunt lacus, nulla gravida orci a odio; nullam varius turpis et commodo pharetra, est eros bibendum elit, nec luctus magna felis sollicitudin mauris. " +
  "Integer in mauris eu nibh euismod gravida; duis ac tellus et risus vulputate vehicula, donec lobortis risus a elit.";

describe("spelling findings", () => {
  it("reports a word repeated in a message once, at its first occurrence, with how often it occurs", async () => {
    const text = "Order {{order_id}}: your botle ships today. Botle number two ships tomorrow, and the third botle next week.";
    const result = await checkVariant({ purpose: "order-details", locale: "en-US", subject: "", text });
    const findings = spelling(result.findings);
    expect(findings.map((f) => [f.ruleId, f.excerpt, f.params])).toEqual([["language.spelling-doubtful", "botle", { word: "botle", occurrences: 3 }]]);
  });

  it("gives every distinct word of a badly spelt message one error finding with the total of distinct doubtful words", async () => {
    const text = "Order {{order_id}}: plese confirm the botle colur. Plese reply today; the botle ships once you confirm, plese.";
    const result = await checkVariant({ purpose: "order-details", locale: "en-US", subject: "", text });
    expect(spelling(result.findings).map((f) => [f.ruleId, f.params])).toEqual([
      ["language.spelling-errors", { word: "plese", occurrences: 3, count: 3 }],
      ["language.spelling-errors", { word: "botle", occurrences: 2, count: 3 }],
      ["language.spelling-errors", { word: "colur", occurrences: 1, count: 3 }],
    ]);
  });

  it("keeps two typos, and names the dictionary lacks, as warnings: only major errors block", async () => {
    const typos = await checkVariant({ purpose: "order-details", locale: "en-US", subject: "", text: "Order {{order_id}}: plese confirm the botle colour before Friday, so that we can ship it." });
    expect(spelling(typos.findings).map((f) => f.ruleId)).toEqual(["language.spelling-doubtful", "language.spelling-doubtful"]);
    const names = await checkVariant({
      purpose: "delivery-scheduling",
      locale: "tr-TR",
      subject: "",
      text: "Siparişiniz {{order_id}} Aras Kargo'ya teslim edildi; Yurtiçi şubesi ve Kargoist ekibi sizi arayacak.",
    });
    expect(spelling(names.findings).every((f) => f.severity === "warning")).toBe(true);
  });

  it(`reports at most ${MAX_SPELLING_FINDINGS} words of a pasted placeholder text, each naming how many there are`, async () => {
    const text = `Order {{order_id}}\n\n${Array.from({ length: 15 }, () => LOREM).join("\n\n")}`;
    expect(text.split(/\s+/).length).toBeGreaterThan(1000);
    const result = await checkVariant({ purpose: "order-details", locale: "en-US", subject: "", text });
    const findings = spelling(result.findings);
    expect(findings).toHaveLength(MAX_SPELLING_FINDINGS);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(["language.spelling-errors"]));
    const total = findings[0].params.count as number;
    expect(total).toBeGreaterThan(50);
    expect(findings.every((f) => f.params.count === total)).toBe(true);
    // In order of first appearance, each word once; "Lorem" occurs once per pasted paragraph.
    expect(findings[0].params).toMatchObject({ word: "Lorem", occurrences: 15 });
    expect(new Set(findings.map((f) => String(f.params.word).toLowerCase())).size).toBe(MAX_SPELLING_FINDINGS);
  });
});
