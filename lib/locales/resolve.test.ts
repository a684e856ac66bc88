import { describe, expect, it } from "vitest";
import { tFor } from "@/lib/i18n/server";
import { parseLocalePreferences, resolutionErrorMessage, resolveVariantLocale } from "./resolve";

const TEMPLATE = ["en-US", "de-DE", "fr-FR", "fr-CA"];

describe("resolveVariantLocale", () => {
  it("returns the exact locale when the template has it", () => {
    expect(resolveVariantLocale("fr-CA", TEMPLATE)).toEqual({ locale: "fr-CA" });
    expect(resolveVariantLocale("de-DE", TEMPLATE)).toEqual({ locale: "de-DE" });
  });

  it("accepts the spellings sellers' systems send", () => {
    for (const requested of ["de-AT", "de_AT", "de", "DE-at", "de_at", " de-AT "]) {
      expect(resolveVariantLocale(requested, TEMPLATE), requested).toEqual({ locale: "de-DE" });
    }
    expect(resolveVariantLocale("FR_ca", TEMPLATE)).toEqual({ locale: "fr-CA" });
  });

  it("falls back to the same language in another region", () => {
    expect(resolveVariantLocale("en-GB", ["en-US"])).toEqual({ locale: "en-US" });
    expect(resolveVariantLocale("fr-BE", TEMPLATE)).toEqual({ locale: "fr-FR" });
  });

  it("prefers the language's likely region, then alphabetical, whatever the stored order", () => {
    expect(resolveVariantLocale("de-AT", ["de-CH", "de-DE"])).toEqual({ locale: "de-DE" });
    expect(resolveVariantLocale("de-AT", ["de-DE", "de-CH"])).toEqual({ locale: "de-DE" });
    expect(resolveVariantLocale("pt", ["pt-PT", "pt-BR"])).toEqual({ locale: "pt-BR" });
    expect(resolveVariantLocale("es-AR", ["es-US", "es-MX", "es-ES"])).toEqual({ locale: "es-ES" });
    expect(resolveVariantLocale("es-AR", ["es-US", "es-MX"])).toEqual({ locale: "es-MX" });
    expect(resolveVariantLocale("es-AR", ["es-MX", "es-US"])).toEqual({ locale: "es-MX" });
  });

  it("returns the stored spelling of the chosen variant", () => {
    expect(resolveVariantLocale("de-AT", ["en_US", "de_DE"])).toEqual({ locale: "de_DE" });
  });

  it("never serves another language", () => {
    expect(resolveVariantLocale("ja", ["en-US"])).toEqual({
      error: "no_variant_for_language",
      requested: "ja",
      available: ["en-US"],
    });
    expect(resolveVariantLocale("nl-BE", TEMPLATE)).toEqual({
      error: "no_variant_for_language",
      requested: "nl-BE",
      available: ["de-DE", "en-US", "fr-CA", "fr-FR"],
    });
    expect(resolveVariantLocale("de-AT", [])).toMatchObject({ error: "no_variant_for_language" });
  });

  it("treats Traditional and Simplified Chinese as different written languages", () => {
    expect(resolveVariantLocale("zh-TW", ["zh-CN"])).toMatchObject({ error: "no_variant_for_language" });
    expect(resolveVariantLocale("zh", ["zh-CN"])).toEqual({ locale: "zh-CN" });
    expect(resolveVariantLocale("zh-Hans-SG", ["zh-CN"])).toEqual({ locale: "zh-CN" });
  });

  it("rejects what is not a language tag", () => {
    for (const requested of ["", "   ", "garbage!", "12", "de-", "-de", "a", "de,,en", "de;q=2", "*", "x".repeat(600)]) {
      expect(resolveVariantLocale(requested, TEMPLATE), JSON.stringify(requested)).toEqual({
        error: "invalid_locale",
        requested,
      });
    }
  });

  it("follows an Accept-Language list in the buyer's order", () => {
    expect(resolveVariantLocale("ja-JP, de-AT;q=0.8, en;q=0.5", TEMPLATE)).toEqual({ locale: "de-DE" });
    expect(resolveVariantLocale("en;q=0.5, de-AT;q=0.8", TEMPLATE)).toEqual({ locale: "de-DE" });
    // a region variant of the first language beats an exact match of the second
    expect(resolveVariantLocale("de-AT, en-US", TEMPLATE)).toEqual({ locale: "de-DE" });
    // q=0 means "not this one"
    expect(resolveVariantLocale("de;q=0, ja", TEMPLATE)).toMatchObject({ error: "no_variant_for_language" });
    expect(resolveVariantLocale("ja, *", TEMPLATE)).toMatchObject({ error: "no_variant_for_language" });
  });
});

describe("parseLocalePreferences", () => {
  it("orders by quality, keeping the given order among equals", () => {
    expect(parseLocalePreferences("fr;q=0.3, de_at, en-gb;q=1.0, es;q=0.3")).toEqual(["de-AT", "en-GB", "fr", "es"]);
  });
  it("refuses malformed quality values", () => {
    expect(parseLocalePreferences("de;q=1.5")).toBeUndefined();
    expect(parseLocalePreferences("de;q=0.1234")).toBeUndefined();
    expect(parseLocalePreferences("de;level=1")).toBeUndefined();
  });
});

describe("resolutionErrorMessage", () => {
  it("names keys that exist in both UI languages and fills in the parameters", () => {
    const noVariant = resolveVariantLocale("ja", ["en-US", "de-DE"]);
    const invalid = resolveVariantLocale("??", ["en-US"]);
    if (!("error" in noVariant) || !("error" in invalid)) throw new Error("expected errors");
    for (const lng of ["en", "de"] as const) {
      const t = tFor(lng, "delivery");
      const message = resolutionErrorMessage(noVariant);
      const text = t(message.key, message.params);
      expect(text).not.toBe(message.key);
      expect(text).toContain("ja");
      expect(text).toContain("de-DE");
      expect(text).toContain("en-US");
      const invalidMessage = resolutionErrorMessage(invalid);
      expect(t(invalidMessage.key, invalidMessage.params)).toContain("??");
    }
  });
});
