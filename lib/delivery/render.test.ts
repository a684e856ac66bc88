import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/editor/normalize-text";
import { MARKETPLACES } from "@/lib/locales/marketplaces";
import { PURPOSE_IDS, textBudget, getPurpose, type PurposeId } from "@/lib/policy/purposes";
import { starterContent } from "@/lib/policy/starter-texts";
import { ApiError } from "./api-errors";
import { prepareLiveVersion, subjectPlaceholders } from "./live-template";
import { renderDelivery } from "./render";
import type { RenderRequest } from "./render-request";
import { validateSpApiBody } from "./sp-api";

const NOW = new Date("2025-03-20T12:00:00Z");
const ORDER = {
  order_id: "303-1234567-1234567",
  buyer_name: "Erika Mustermann",
  seller_name: "Nordwind",
  product_name: "Trinkflasche",
  asin: "B0C1234XYZ",
  quantity: 2,
  delivery_date: "2025-03-24",
  delivery_window_start: "2025-03-24",
  delivery_window_end: "2025-03-28",
};

function starterVersion(purpose: PurposeId, locales = ["en-US", "de-DE", "fr-FR"]) {
  return prepareLiveVersion({
    versionId: `v-${purpose}`,
    number: 4,
    purpose,
    variants: locales.map((locale) => ({ locale, ...(starterContent(purpose, locale) as NonNullable<ReturnType<typeof starterContent>>) })),
  });
}

function customVersion(purpose: PurposeId, subject: string, body: string, locale = "en-US") {
  return prepareLiveVersion({ versionId: `v-custom-${purpose}`, number: 1, purpose, variants: [{ locale, subject, doc: normalizeText(body).doc }] });
}

function render(version: ReturnType<typeof starterVersion>, request: Partial<RenderRequest> = {}) {
  return renderDelivery({ templateKey: "t", version, request: { locale: "en-US", order: ORDER, deliveredAt: "2025-03-10", ...request }, now: NOW });
}

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected an ApiError");
}

describe("renderDelivery", () => {
  /** Notes other than the marketplace default (tested on its own below). */
  const otherNotes = (message: { notes: { key: string }[] }) => message.notes.filter((note) => !note.key.startsWith("notes.marketplace"));

  it("builds, for every purpose, what Amazon takes: a valid Messaging body, a solicitation, or a note", () => {
    for (const purpose of PURPOSE_IDS) {
      const message = render(starterVersion(purpose));
      const operation = getPurpose(purpose).operation;
      if (operation?.textMaxLength) {
        expect(message.spApi?.operation, purpose).toBe(operation.operationId);
        expect(message.spApi?.body).toEqual({ text: message.text });
        expect(validateSpApiBody(operation.operationId, message.spApi?.body), purpose).toEqual({ valid: true });
        expect(otherNotes(message), purpose).toEqual([]);
      } else {
        expect(message.spApi, purpose).toBeNull();
        expect(otherNotes(message).map((note) => note.key), purpose).toEqual([operation ? "notes.attachmentsOnly" : "notes.noMessagingOperation"]);
      }
      expect(message.solicitation !== null, purpose).toBe(purpose === "review-request");
    }
  });

  it("fills subject, text and HTML with values formatted for the variant's locale, escaping HTML", () => {
    const version = customVersion("order-details", "{{quantity}} × {{product_name}} ({{order_id}})", "Hello {{buyer_name}}, we ship {{quantity}} × {{product_name}} on {{delivery_date}}.");
    const message = render(version, { order: { ...ORDER, product_name: `Tom & "Jerry's"`, quantity: 1200 } });
    expect(message.subject).toBe(`1,200 × Tom & "Jerry's" (303-1234567-1234567)`);
    expect(message.text).toBe(`Hello Erika Mustermann, we ship 1,200 × Tom & "Jerry's" on March 24, 2025.`);
    expect(message.html).toBe(`<div lang="en-US" dir="ltr"><p>Hello Erika Mustermann, we ship 1,200 × Tom &amp; &quot;Jerry&#39;s&quot; on March 24, 2025.</p></div>`);
    const french = render(starterVersion("service-appointment"), { locale: "fr-CA" });
    expect(french.locale).toBe("fr-FR");
    expect(french.text).toContain("24 mars 2025");
  });

  it("resolves the buyer's language and never falls back to another one", () => {
    const version = starterVersion("delivery-scheduling");
    expect(render(version, { locale: "de_AT" }).locale).toBe("de-DE");
    expect(render(version, { locale: "*, de;q=0.1" }).locale).toBe("de-DE");
    const refused = refusal(() => render(version, { locale: "it-IT, es;q=0.9, en;q=0" }));
    expect(refused.code).toBe("no_variant_for_language");
    expect(refused.details).toEqual({ requested: "it-IT, es;q=0.9, en;q=0", available: ["de-DE", "en-US", "fr-FR"] });
    expect(refusal(() => render(version, { locale: "de;q=2" })).code).toBe("invalid_locale");
  });

  it("takes the marketplace the request names, else the buyer's region's, else the language's home, and says which default it took", () => {
    const version = starterVersion("order-problem", ["en-US", "de-DE"]);
    // en-GB reads the en-US text, but the order is on amazon.co.uk.
    const british = render(version, { locale: "en-GB" });
    expect(british.locale).toBe("en-US");
    expect(british.spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.UK.id}`);
    expect(british.notes).toContainEqual({ key: "notes.marketplaceFromRegion", params: { marketplace: "amazon.co.uk", region: "GB" } });
    expect(render(version, { locale: "en-IE" }).spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.IE.id}`);
    // Austria has no marketplace: German buyers there order on amazon.de.
    const austrian = render(version, { locale: "de-AT" });
    expect(austrian.spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.DE.id}`);
    expect(austrian.notes).toContainEqual({ key: "notes.marketplaceFromLanguage", params: { marketplace: "amazon.de", locale: "de-DE" } });
    // In a preference list, the region of the tag in the variant's language counts.
    expect(render(version, { locale: "fr-BE, de-CH;q=0.8" }).spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.DE.id}`);
    const named = render(version, { locale: "en-GB", marketplaceId: MARKETPLACES.IE.id });
    expect(named.spApi?.path).toContain(`marketplaceIds=${MARKETPLACES.IE.id}`);
    expect(named.notes.filter((n) => n.key.startsWith("notes.marketplace"))).toEqual([]);
  });

  it("requires the order ID even where the text does not use it", () => {
    const version = customVersion("buyer-reply", "Your question", "The bottle holds 750 ml.");
    expect(render(version).text).toBe("The bottle holds 750 ml.");
    expect(refusal(() => render(version, { order: { buyer_name: "x" } })).code).toBe("invalid_order_id");
    expect(refusal(() => render(version, { order: { order_id: "303-1234567-1234567x" } })).code).toBe("invalid_order_id");
  });

  it("names missing placeholders, including unknown ones in the subject, and invalid values", () => {
    const version = customVersion("order-details", "{{coupon}} for {{order_id}}", "Hello {{buyer_name}}, {{quantity}} items.");
    expect(subjectPlaceholders("{{coupon}} for {{ order_id }} {{coupon}}")).toEqual(["coupon", "order_id"]);
    const missing = refusal(() => render(version, { order: { order_id: ORDER.order_id } }));
    expect(missing.code).toBe("missing_placeholder");
    expect(missing.details).toEqual({ missing: ["coupon", "buyer_name", "quantity"] });
    const valid = customVersion("order-details", "Order {{order_id}}", "Hello {{buyer_name}}, {{quantity}} items of {{asin}}.");
    const invalid = refusal(() => render(valid, { order: { ...ORDER, quantity: 0, asin: "b0c1234xyz" } }));
    expect(invalid.code).toBe("invalid_placeholder_value");
    expect(invalid.details).toEqual({ invalid: [{ name: "quantity", format: "integer" }, { name: "asin", format: "asin" }] });
  });

  it("counts the budget in characters (code points) of the filled-in text", () => {
    const budget = textBudget("digital-access-key");
    const fixed = "Key for {{order_id}}: ";
    const filler = "x".repeat(budget - "Key for 303-1234567-1234567: ".length - 2);
    const version = customVersion("digital-access-key", "Key", `${fixed}${filler}{{product_name}}`);
    expect([...render(version, { order: { ...ORDER, product_name: "😀😀" } }).text]).toHaveLength(budget);
    const over = refusal(() => render(version, { order: { ...ORDER, product_name: "😀😀😀" } }));
    expect(over.code).toBe("text_too_long");
    expect(over.details).toEqual({ length: budget + 1, limit: budget });
  });

  it("keeps review requests inside Amazon's window and to one per order", () => {
    const version = starterVersion("review-request");
    expect(refusal(() => render(version, { deliveredAt: undefined })).messageKey).toBe("errors.outside_review_window_missing_delivery_date");
    expect(refusal(() => render(version, { deliveredAt: "2025-03-18" })).messageKey).toBe("errors.outside_review_window_too_early");
    expect(refusal(() => render(version, { deliveredAt: "2025-02-01" })).messageKey).toBe("errors.outside_review_window_too_late");
    expect(refusal(() => render(version, { previousRequests: 2 })).code).toBe("already_requested");
    const message = render(version, { previousRequests: 0 });
    expect(message.solicitation).toMatchObject({ body: null, takesText: false, note: { key: "solicitation.needsNoText" } });
    // Other purposes do not care about delivery dates.
    expect(() => render(starterVersion("order-problem"), { deliveredAt: undefined, previousRequests: 3 })).not.toThrow();
  });

  it("gives the same output for the same input (renders may be cached)", () => {
    const version = starterVersion("delivery-scheduling");
    expect(render(version, { locale: "de" })).toEqual(render(version, { locale: "de" }));
  });
});
