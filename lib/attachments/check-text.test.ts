import { describe, expect, it } from "vitest";
import { CHEAP_RULES } from "@/lib/policy/rules/index";
import { orgPolicySchema } from "@/lib/policy/org-policy";
import { ATTACHMENT_TEXT_RULES, checkAttachmentText, MESSAGE_ONLY_RULES } from "./check-text";
import { inspectFile } from "./inspect";
import { attachmentRulesFor } from "./rules";
import { pdfWithPages } from "./testing/files";

describe("checkAttachmentText", () => {
  it("finds marketing and the link on page 2 of a PDF, and nothing on the clean page 1", async () => {
    const bytes = await pdfWithPages(["Warranty card\nYour kettle is covered for two years from delivery.", "10 % off your next order at www.example-shop.com"]);
    const inspected = await inspectFile({ name: "warranty.pdf", declaredType: "application/pdf", bytes, rules: attachmentRulesFor("warranty")! });
    expect(inspected.ok).toBe(true);
    if (!inspected.ok) return;
    const findings = checkAttachmentText({ pages: inspected.file.pages, purpose: "warranty", locale: "en-GB" });
    const ids = findings.map((finding) => finding.ruleId);
    expect(ids).toContain("content.marketing");
    expect(ids.some((id) => id.startsWith("links."))).toBe(true);
    expect(findings.every((finding) => finding.page === 2)).toBe(true);
    expect(findings.find((finding) => finding.ruleId.startsWith("links."))?.excerpt).toContain("example-shop.com");
  });

  it("finds review requests, e-mail addresses and incentives in a file's text", () => {
    const findings = checkAttachmentText({
      pages: ["Thank you for your order.", "Leave us a 5-star review and get a free gift card! Write to support@example-shop.com."],
      purpose: "warranty",
      locale: "en-US",
    });
    const ids = new Set(findings.map((finding) => finding.ruleId));
    expect(ids.has("contact.email")).toBe(true);
    expect([...ids].some((id) => id.startsWith("content.review-"))).toBe(true);
    expect(findings.every((finding) => finding.page === 2)).toBe(true);
  });

  it("leaves out the rules about the message's form: a page that only thanks is no finding, nor is a missing order ID", () => {
    expect(checkAttachmentText({ pages: ["Thank you!"], purpose: "warranty", locale: "en-US" })).toEqual([]);
    expect(checkAttachmentText({ pages: ["Thank you!"], purpose: "order-problem", locale: "en-US" })).toEqual([]);
  });

  it("selects content and link rules from the catalogue, minus the message-only list, whose ids all exist", () => {
    const catalogue = new Set(CHEAP_RULES.map((rule) => rule.id));
    for (const id of MESSAGE_ONLY_RULES) expect(catalogue.has(id), id).toBe(true);
    const selected = ATTACHMENT_TEXT_RULES.map((rule) => rule.id);
    expect(selected).toEqual(expect.arrayContaining(["content.marketing", "content.review-incentive", "contact.email", "contact.phone", "contact.off-amazon", "links.outside-purpose"]));
    expect(selected.some((id) => id.startsWith("structure.") || id.startsWith("styling.") || MESSAGE_ONLY_RULES.includes(id))).toBe(false);
  });

  it("runs the organisation's rules and the glossary's forbidden terms, with the page", () => {
    const orgPolicy = orgPolicySchema.parse({
      rules: [{ id: "no-competitor", name: "Competitor", severity: "error", message: "Do not name Rivalco.", patterns: [{ language: "all", kind: "words", value: "Rivalco" }] }],
      glossary: { entries: [{ term: "delivery", sourceLanguage: "en", translations: { de: { text: "Zustellung", status: "forbidden" } } }] },
    });
    const findings = checkAttachmentText({
      pages: ["Garantiekarte", "Unsere Zustellung ist besser als die von Rivalco."],
      purpose: "warranty",
      locale: "de-DE",
      orgPolicy,
    });
    expect(findings.map((finding) => [finding.ruleId, finding.page]).sort()).toEqual([
      ["glossary.forbidden-term", 2],
      ["org.no-competitor", 2],
    ]);
  });

  it("a clean page gives no findings", () => {
    expect(checkAttachmentText({ pages: ["Warranty card", "", "The warranty covers defects in materials for two years."], purpose: "warranty", locale: "en-US" })).toEqual([]);
  });
});

describe("a file in more than one language", () => {
  it("finds an English coupon on a German card, once, and nothing on a plain German page", () => {
    const findings = checkAttachmentText({ pages: ["Garantiekarte: zwei Jahre ab Lieferung.", "Zwei Jahre Garantie. 10 % off your next order at www.example-shop.com"], purpose: "warranty", locale: "de-DE" });
    expect(findings.filter((f) => f.page === 1)).toEqual([]);
    const marketing = findings.filter((f) => f.ruleId === "content.marketing");
    expect(marketing.map((f) => f.page)).toEqual([2]);
  });
});
