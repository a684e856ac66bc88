import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeText } from "@/lib/editor/normalize";
import { tFor } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { contentHash } from "./content-hash";
import { docToTextView } from "./doc-text";
import { checkVariant } from "./engine";
import { checkVariantCheap } from "./engine-cheap";
import { findingKeys, gateDecision } from "./gate";
import { countFindings, localizeFinding } from "./localize";
import { checkPlaceholderParity, PARITY_RULES } from "./parity";
import { COMMITMENT_RULES } from "./commitments/rules";
import { GLOSSARY_RULES } from "./glossary";
import { isAttachmentOnly, PURPOSE_IDS, PURPOSES, textBudget } from "./purposes";
import { CHEAP_RULES } from "./rules/index";
import { LANGUAGE_RULES } from "./rules/language";
import { GUIDELINE_SECTIONS, type Finding } from "./types";
import { POLICY_EFFECTIVE_DATE, POLICY_VERSION } from "./version";

const paragraph = (...content: DocJSON["content"]) => ({ type: "paragraph", content });
const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const placeholder = (name: string) => ({ type: "placeholder", attrs: { name } });

/** Text of the document between two ProseMirror positions, computed independently of the engine. */
function textBetween(doc: DocJSON, from: number, to: number): string {
  let out = "";
  const walk = (node: DocJSON["content"][number], pos: number): number => {
    if (node.type === "text") {
      const value = node.text ?? "";
      for (let i = 0; i < value.length; i++) if (pos + i >= from && pos + i < to) out += value[i];
      return pos + value.length;
    }
    if (["hardBreak", "image", "placeholder"].includes(node.type)) return pos + 1;
    let inner = pos + 1;
    for (const child of node.content ?? []) inner = walk(child, inner);
    return inner + 1;
  };
  let pos = 0;
  for (const block of doc.content) pos = walk(block, pos);
  return out;
}

describe("findings point at the text in the editor", () => {
  const doc: DocJSON = {
    type: "doc",
    content: [
      paragraph(text("Hello "), placeholder("buyer_name"), text(",")),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("Order "), placeholder("order_id"))] }] },
      paragraph(text("Leave a review and use coupon code SAVE10 "), text("now", [{ type: "bold" }])),
    ],
  };

  it("maps a phrase match to ProseMirror positions that select exactly those words", () => {
    const result = checkVariantCheap({ purpose: "review-request", locale: "en-US", subject: "Your order", doc });
    const marketing = result.findings.find((f) => f.ruleId === "content.marketing");
    expect(marketing?.excerpt).toBe("coupon code");
    const location = marketing?.location as { from: number; to: number };
    expect(textBetween(doc, location.from, location.to)).toBe("coupon code");
  });

  it("locates subject findings by offset in the subject", () => {
    const result = checkVariantCheap({ purpose: "review-request", locale: "en-US", subject: "Hi [Important] there", doc });
    const tag = result.findings.find((f) => f.ruleId === "content.subject-tag");
    expect(tag?.location).toEqual({ field: "subject", from: 3, to: 14 });
  });

  it("renders placeholders as tokens and separates blocks in the text view", () => {
    const view = docToTextView(doc);
    expect(view.text).toBe("Hello {{buyer_name}},\n\nOrder {{order_id}}\n\nLeave a review and use coupon code SAVE10 now");
    expect(view.placeholders.map((p) => p.name)).toEqual(["buyer_name", "order_id"]);
  });

  it("reports whole-message findings without a location", () => {
    const result = checkVariantCheap({ purpose: "order-details", locale: "en-US", subject: "", doc: { type: "doc", content: [paragraph(text("Please confirm the colour."))] } });
    const orderId = result.findings.find((f) => f.ruleId === "structure.order-id");
    expect(orderId?.location).toBeNull();
    expect(result.findings[0].location).toBeNull();
  });

  it("gives an image finding the image node's range", () => {
    const imageDoc: DocJSON = { type: "doc", content: [paragraph(text("Order "), placeholder("order_id")), { type: "image", attrs: { src: "http://x.example/a.png", alt: "A" } }] };
    const finding = checkVariantCheap({ purpose: "invoice", locale: "en-US", subject: "", doc: imageDoc }).findings.find((f) => f.ruleId === "styling.image-insecure");
    // paragraph: 0..(1 + 6 + 1 + 1) → image at 9
    expect(finding?.location).toEqual({ from: 9, to: 10 });
  });
});

describe("raw input", () => {
  it("gives line and column in the raw HTML for styling rules", async () => {
    const html = `<p>Order {{order_id}}</p>\n<p style="color: red">Please confirm.</p>`;
    const result = await checkVariant({ purpose: "order-details", locale: "en-US", subject: "", html }, { only: "cheap" });
    const colour = result.findings.find((f) => f.ruleId === "styling.font-color");
    expect(colour?.location).toEqual({ line: 2, column: 11 });
    expect(colour?.excerpt).toBe("color: red");
  });

  it("checks text input after normalising it the way the editor stores it", async () => {
    const result = await checkVariant({ purpose: "order-details", locale: "en-US", subject: "", text: "Order {{order_id}}: use coupon code X" }, { only: "cheap" });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["content.marketing"]);
  });

  it("finds opt-out links by their address", () => {
    const doc: DocJSON = { type: "doc", content: [paragraph(text("Order "), placeholder("order_id"), text(" "), text("click", [{ type: "link", attrs: { href: "https://www.amazon.de/unsubscribe?x=1" } }]))] };
    const ids = checkVariantCheap({ purpose: "order-details", locale: "en-US", subject: "", doc }).findings.map((f) => f.ruleId);
    expect(ids).toContain("content.opt-out");
  });
});

describe("verdicts and versions", () => {
  it("passes a compliant message, warns on warnings only, blocks on errors", async () => {
    const base = { locale: "en-US", subject: "Your warranty for order {{order_id}}" } as const;
    const pass = await checkVariant({ ...base, purpose: "warranty", text: "Order {{order_id}}: the warranty terms for your bottle are attached to this message." });
    expect(pass.verdict).toBe("pass");
    const warn = await checkVariant({ ...base, purpose: "warranty", text: "Order {{order_id}}: the warranty terms are attached. The manufacturer's service number is +49 89 1234 5678." });
    expect(warn.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(warn.verdict).toBe("warn");
    const block = await checkVariant({ ...base, subject: "Your warranty", purpose: "warranty", text: "The warranty terms for your bottle are attached." });
    expect(block.verdict).toBe("block");
    expect(pass.policyVersion).toBe(POLICY_VERSION);
  });

  it("has a version and an ISO effective date", () => {
    expect(POLICY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(new Date(`${POLICY_EFFECTIVE_DATE}T00:00:00Z`).toISOString().slice(0, 10)).toBe(POLICY_EFFECTIVE_DATE);
  });

  it("runs no language or spelling rule when asked for the cheap rules only", async () => {
    const input = { purpose: "order-details" as const, locale: "de-DE", subject: "", text: "Order {{order_id}}: plese confirm teh colour of the lid for your bottle." };
    const cheap = await checkVariant(input, { only: "cheap" });
    const all = await checkVariant(input);
    expect(cheap.findings.some((f) => f.ruleId.startsWith("language."))).toBe(false);
    expect(all.findings.some((f) => f.ruleId === "language.mismatch")).toBe(true);
  });

  it("skips spelling without a finding for languages that have no dictionary", async () => {
    const result = await checkVariant({ purpose: "order-details", locale: "ja-JP", subject: "", text: "ご注文{{order_id}}について、ふたの色は青とグレーのどちらになさいますか。ｘｑｚｔ" });
    expect(result.findings.filter((f) => f.ruleId.startsWith("language.spelling"))).toEqual([]);
  });

  it("accepts German compounds and British spelling", async () => {
    const de = await checkVariant({ purpose: "customization", locale: "de-DE", subject: "", text: "Bestellung {{order_id}}: Bitte bestätigen Sie den Gravurtext für Ihre Edelstahltrinkflasche und die Lieferterminvereinbarung." });
    expect(de.findings.filter((f) => f.ruleId.startsWith("language."))).toEqual([]);
    const gb = await checkVariant({ purpose: "customization", locale: "en-GB", subject: "", text: "Order {{order_id}}: please confirm the colour and the personalised engraving; we organise production in our centre." });
    expect(gb.findings.filter((f) => f.ruleId.startsWith("language."))).toEqual([]);
  });

  it("adds messages in the reader's UI language when asked", async () => {
    const result = await checkVariant({ purpose: "order-details", locale: "en-US", subject: "", text: "Order {{order_id}}: use coupon code X", uiLanguage: "de" }, { only: "cheap" });
    expect(result.localized?.[0].message).toBe("Werbung oder Verkaufsförderung: „coupon code“.");
    expect(result.localized?.[0].citation).toBe("Nicht erlaubte Nachrichtentypen: Keine Werbe- oder Marketingnachrichten, auch keine Gutscheine");
  });
});

describe("catalogue data", () => {
  const allRules = [...CHEAP_RULES, ...LANGUAGE_RULES, ...PARITY_RULES, ...COMMITMENT_RULES, ...GLOSSARY_RULES];

  it("has unique, stable-looking rule ids", () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(styling|content|contact|links|structure|language|parity|glossary)\.[a-z-]+$/);
  });

  it("has a message, hint and citation in every UI language for every rule, and names for every purpose", () => {
    for (const lng of ["en", "de"] as const) {
      const t = tFor(lng, "policy");
      for (const rule of allRules) {
        for (const key of [rule.messageKey, rule.hintKey, rule.citation.textKey]) {
          expect(t(key), `${lng} ${key}`).not.toBe(key);
        }
        expect(GUIDELINE_SECTIONS).toContain(rule.citation.section);
      }
      for (const id of PURPOSE_IDS) {
        expect(t(PURPOSES[id].nameKey)).not.toBe(PURPOSES[id].nameKey);
        expect(t(PURPOSES[id].descriptionKey)).not.toBe(PURPOSES[id].descriptionKey);
      }
    }
    expect(Object.keys(resources.en.policy.sections).sort()).toEqual([...GUIDELINE_SECTIONS].sort());
  });

  it("scopes the phone rules by the purposes' phone policy", () => {
    const phone = allRules.find((rule) => rule.id === "contact.phone");
    const thirdParty = allRules.find((rule) => rule.id === "contact.phone-third-party");
    expect(thirdParty?.purposes).toEqual(["delivery-scheduling", "warranty", "buyer-reply"]);
    // contact.phone runs everywhere: where a carrier's or manufacturer's number is allowed, it
    // still blocks the seller's own ("call our dispatch desk at …").
    expect(phone?.purposes).toHaveLength(PURPOSE_IDS.length);
  });

  it("blocks the seller's own number where only a carrier's or manufacturer's is allowed", async () => {
    const ids = async (text: string) =>
      (await checkVariant({ purpose: "delivery-scheduling", locale: "en-US", subject: "", text }, { only: "cheap" })).findings.map((f) => f.ruleId);
    const carrier = await ids("Order {{order_id}}: please pick a day; the carrier will call you from 0800 123 4567.");
    expect(carrier).toContain("contact.phone-third-party");
    expect(carrier).not.toContain("contact.phone");
    const own = await ids("Order {{order_id}}: please pick a day and text our dispatch desk at (512) 555-0187.");
    expect(own).toContain("contact.phone");
    expect(own).not.toContain("contact.phone-third-party");
  });

  it("in a reply, lets a carrier's or manufacturer's number through for acknowledgement, and blocks any other", async () => {
    const ids = async (text: string) =>
      (await checkVariant({ purpose: "buyer-reply", locale: "en-GB", subject: "Re: who do I call?", text }, { only: "cheap" })).findings.map((f) => f.ruleId);
    const carrier = await ids("You asked how to reach the courier: Evri's customer line is 0330 808 5456, open every day.");
    expect(carrier).toContain("contact.phone-third-party");
    expect(carrier).not.toContain("contact.phone");
    const maker = await ids("The manufacturer runs the repairs itself; their service line is 0800 123 4567.");
    expect(maker).toContain("contact.phone-third-party");
    // Nobody named: in a reply the seller speaks, so the number is the seller's.
    const unnamed = await ids("If that is hard to follow, call the support desk on 0161 496 0000 between 9 and 5.");
    expect(unnamed).toContain("contact.phone");
    expect(unnamed).not.toContain("contact.phone-third-party");
  });

  it("uses the text budgets of Amazon's Messaging API", () => {
    expect(textBudget("digital-access-key")).toBe(400);
    expect(textBudget("customization")).toBe(800);
    expect(textBudget("order-problem")).toBe(2000);
    expect(textBudget("review-request")).toBe(2000);
    expect(PURPOSE_IDS.filter(isAttachmentOnly).sort()).toEqual(["invoice", "legal-disclosure", "warranty"]);
    expect(PURPOSE_IDS.filter((id) => !PURPOSES[id].proactive)).toEqual(["buyer-reply"]);
  });

  const model = path.resolve(import.meta.dirname, "../../../shared/corpora/sp-api/messaging.json");
  it.skipIf(!existsSync(model))("matches the operations and maxLength in the Selling Partner API model", () => {
    const swagger = JSON.parse(readFileSync(model, "utf8")) as {
      paths: Record<string, Record<string, { operationId?: string; parameters?: { in: string; schema?: { $ref?: string } }[] }>>;
      definitions: Record<string, { properties?: { text?: { maxLength?: number } } }>;
    };
    for (const id of PURPOSE_IDS) {
      const operation = PURPOSES[id].operation;
      if (!operation) continue;
      const entry = Object.entries(swagger.paths).find(([p]) => p.endsWith(`/messages/${operation.path}`));
      expect(entry, id).toBeDefined();
      const post = entry![1].post;
      expect(post.operationId).toBe(operation.operationId);
      const ref = post.parameters?.find((p) => p.in === "body")?.schema?.$ref?.split("/").pop() ?? "";
      expect(swagger.definitions[ref]?.properties?.text?.maxLength ?? null, id).toBe(operation.textMaxLength);
    }
    // The feedback-removal operation must never become a purpose.
    expect(PURPOSE_IDS.map((id) => PURPOSES[id].operation?.operationId)).not.toContain("createNegativeFeedbackRemoval");
  });
});

describe("localisation, gate, hash, parity", () => {
  const finding = (overrides: Partial<Finding>): Finding => ({
    ruleId: "links.unverified",
    severity: "warning",
    messageKey: "rules.links.unverified.message",
    hintKey: "rules.links.unverified.hint",
    params: { kinds: "manufacturer, access-site" },
    excerpt: "https://x.example",
    location: null,
    citation: { section: "prohibited-content", textKey: "rules.links.unverified.citation" },
    ...overrides,
  });

  it("turns id params into words for the reader", () => {
    const localized = localizeFinding(finding({}), tFor("en", "policy"), "en");
    expect(localized.message).toContain("(manufacturer and access site)");
    const lang = localizeFinding(
      finding({ ruleId: "language.mismatch", messageKey: "rules.language.mismatch.message", params: { detected: "en", declared: "de" } }),
      tFor("de", "policy"),
      "de",
    );
    expect(lang.message).toBe("Dieser Text ist offenbar Englisch, die Variante ist aber Deutsch.");
  });

  it("counts errors and warnings for the header", () => {
    expect(countFindings([finding({}), finding({ severity: "error" }), finding({ severity: "error" })])).toEqual({ errors: 2, warnings: 1 });
    expect(tFor("en", "policy")("summary.errors", { count: 2 })).toBe("2 errors");
  });

  it("approves only with no errors and every warning acknowledged", () => {
    const warnings = [finding({}), finding({})];
    const keys = findingKeys(warnings);
    expect(keys[0]).not.toBe(keys[1]);
    expect(gateDecision(warnings, new Set([keys[0]])).approvable).toBe(false);
    expect(gateDecision(warnings, new Set(keys)).approvable).toBe(true);
    expect(gateDecision([...warnings, finding({ severity: "error" })], new Set(keys)).approvable).toBe(false);
  });

  it("hashes content independently of key order", () => {
    const a = contentHash("S", { type: "doc", content: [{ type: "paragraph", attrs: { a: 1, b: 2 } }] });
    const b = contentHash("S", { content: [{ attrs: { b: 2, a: 1 }, type: "paragraph" }], type: "doc" });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash("T", { type: "doc", content: [] })).not.toBe(contentHash("S", { type: "doc", content: [] }));
  });

  it("reports placeholders lost or invented in translation", () => {
    const source = normalizeText("Order {{order_id}} for {{buyer_name}} arrives on {{delivery_date}}").doc;
    const target = normalizeText("Bestellung für {{buyer_name}} kommt am {{delivery_date}}, {{seller_name}}").doc;
    const findings = checkPlaceholderParity(source, target);
    expect(findings.map((f) => [f.ruleId, f.params.name])).toEqual([
      ["structure.placeholder-missing", "order_id"],
      ["structure.placeholder-extra", "seller_name"],
    ]);
    expect(findings[0].location).toBeNull();
    expect(findings[1].location).not.toBeNull();
    expect(checkPlaceholderParity(source, normalizeText("{{delivery_date}}: {{buyer_name}} {{order_id}}").doc)).toEqual([]);
  });
});
