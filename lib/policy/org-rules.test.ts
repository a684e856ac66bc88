import { describe, expect, it } from "vitest";
import type { DocJSON } from "@/lib/editor/extensions";
import { checkVariantCheap } from "./engine-cheap";
import { checkVariant } from "./engine";
import { hostRefusal, orgPolicySchema, permittedConfigSchema, PERMITTED_CONFIG_FORMAT, type OrgRule } from "./org-policy";
import { orgRuleMatches } from "./org-rules";
import { validateOrgRule } from "./validate-org-rule";

const doc = (text: string): DocJSON => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

function rule(overrides: Partial<OrgRule> = {}): OrgRule {
  return orgPolicySchema.parse({
    rules: [{ id: "competitor", name: "Competitor", severity: "error", message: "Never name a competitor.", patterns: [{ language: "all", kind: "words", value: "Acme Tools" }], ...overrides }],
  }).rules[0];
}

describe("organisation rules", () => {
  it("match whole words with a short inflected ending, any case, across line spacing, never inside a longer word", () => {
    const r = rule({ patterns: [{ language: "de", kind: "words", value: "Zustellung" }] });
    expect(orgRuleMatches(r, "de", "Die ZUSTELLUNGEN kommen")).toHaveLength(1);
    expect(orgRuleMatches(r, "de", "Die Paketzustellung kommt")).toHaveLength(0);
    expect(orgRuleMatches(r, "en", "Zustellung")).toHaveLength(0); // a German pattern applies to German only
    expect(orgRuleMatches(rule(), "fr", "chez acme   tools")).toHaveLength(1);
  });

  it("match inside words in Japanese, which has no spaces between them", () => {
    const r = rule({ patterns: [{ language: "ja", kind: "words", value: "激安" }] });
    expect(orgRuleMatches(r, "ja", "今なら激安です")).toHaveLength(1);
  });

  it("add findings in the browser check and the server check with the organisation's texts and severity", async () => {
    const input = { purpose: "order-problem" as const, locale: "en-GB", subject: "Order {{order_id}}", doc: doc("Order {{order_id}}: unlike Acme Tools, we replace the lid."), orgRules: [rule({ severity: "warning" })] };
    for (const result of [checkVariantCheap(input), await checkVariant({ ...input, uiLanguage: "en" })]) {
      const found = result.findings.find((f) => f.ruleId === "org.competitor");
      expect(found).toMatchObject({ severity: "warning", excerpt: "Acme Tools", params: { name: "Competitor", message: "Never name a competitor." }, citation: { section: "organisation" } });
    }
    expect(checkVariantCheap({ ...input, orgRules: [] }).findings.some((f) => f.ruleId.startsWith("org."))).toBe(false);
  });

  it("can never weaken one of Amazon's errors: an organisation warning on the same words leaves the block", () => {
    const text = "Order {{order_id}}: leave a 5-star review and get a free gift card.";
    const base = checkVariantCheap({ purpose: "review-request", locale: "en-GB", subject: "Your order", doc: doc(text) });
    const withOrg = checkVariantCheap({ purpose: "review-request", locale: "en-GB", subject: "Your order", doc: doc(text), orgRules: [rule({ severity: "warning", patterns: [{ language: "en", kind: "words", value: "gift card" }] })] });
    expect(base.verdict).toBe("block");
    expect(withOrg.verdict).toBe("block");
    expect(withOrg.findings.filter((f) => !f.ruleId.startsWith("org."))).toEqual(base.findings);
  });

  it("are refused when a regular expression is invalid, can backtrack catastrophically, matches empty text or is too long", () => {
    const bad = (value: string) => validateOrgRule(rule({ patterns: [{ language: "en", kind: "regex", value }] })).map((p) => p.key);
    expect(bad("(unclosed")).toEqual(["orgPolicy.errors.regexInvalid"]);
    expect(bad("(a+)+$")).toEqual(["orgPolicy.errors.regexUnsafe"]);
    expect(bad("(x|y)*")).toEqual(["orgPolicy.errors.regexEmpty"]);
    expect(bad(`a${"b".repeat(250)}`)).toEqual(["orgPolicy.errors.patternTooLong"]);
    expect(bad("\\bcode ?word\\b")).toEqual([]);
  });

  it("are refused when their own examples fail, naming the example", () => {
    const problems = validateOrgRule(rule({
      mustMatch: [{ language: "en", text: "We beat Acme Tools." }, { language: "en", text: "We beat Acme." }],
      mustNotMatch: [{ language: "all", text: "acmetools.example is not us" }, { language: "all", text: "Acme Tools" }],
    }));
    expect(problems).toEqual([
      { path: "mustMatch.1", key: "orgPolicy.errors.exampleNotMatched" },
      { path: "mustNotMatch.1", key: "orgPolicy.errors.exampleMatched" },
    ]);
  });
});

describe("organisation link hosts", () => {
  it("accept a host or an https address, and refuse http, Amazon's sites and hosts never allowed in buyer messages", () => {
    expect(hostRefusal("manuals.example.com")).toBeNull();
    expect(hostRefusal("https://booking.freight.example/de")).toBeNull();
    expect(hostRefusal("http://manuals.example.com")).toBe("orgPolicy.errors.hostInvalid");
    expect(hostRefusal("not a host")).toBe("orgPolicy.errors.hostInvalid");
    expect(hostRefusal("www.amazon.de")).toBe("orgPolicy.errors.hostAmazon");
    expect(hostRefusal("facebook.com")).toBe("orgPolicy.errors.hostNeverAllowed");
  });

  it("allow a listed host only for the purposes whose link kinds include it", () => {
    const text = "Order {{order_id}}: book your delivery slot at https://booking.freight.example/slot";
    const check = (purpose: "delivery-scheduling" | "order-details", carrier: string[]) =>
      checkVariantCheap({ purpose, locale: "en-GB", subject: "Order {{order_id}}", doc: doc(text), linkHosts: { carrier } }).findings.filter((f) => f.ruleId.startsWith("links."));
    expect(check("delivery-scheduling", [])).not.toHaveLength(0);
    expect(check("delivery-scheduling", ["freight.example"])).toHaveLength(0);
    expect(check("order-details", ["freight.example"]).length).toBeGreaterThan(0);
  });
});

describe("permitted.json", () => {
  it("is one schema: an export parses back to the same settings, and a wrong format is refused", () => {
    const policy = orgPolicySchema.parse({ linkHosts: { manufacturer: ["manuals.example.com"] }, rules: [rule()] });
    const config = { format: PERMITTED_CONFIG_FORMAT, organisation: "Demo", policy };
    expect(permittedConfigSchema.parse(JSON.parse(JSON.stringify(config))).policy).toEqual(policy);
    expect(permittedConfigSchema.safeParse({ ...config, format: "other/1" }).success).toBe(false);
  });
});

describe("samePolicy", () => {
  it("compares settings whatever their key order (PostgreSQL's jsonb sorts keys its own way)", async () => {
    const { samePolicy } = await import("./org-policy");
    expect(samePolicy({ linkHosts: {}, rules: [] }, JSON.parse('{"rules":[],"linkHosts":{}}'))).toBe(true);
    expect(samePolicy({ linkHosts: { carrier: ["a.example"] }, rules: [] }, { linkHosts: { carrier: ["b.example"] }, rules: [] })).toBe(false);
  });
});
