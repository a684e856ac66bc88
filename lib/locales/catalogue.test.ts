import { describe, expect, it } from "vitest";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import {
  BUYER_LOCALES,
  BUYER_LOCALE_CODES,
  buyerLocaleEntry,
  buyerLocalesOf,
  directionOf,
  isBuyerLocale,
  languageOf,
  localeLabel,
} from "./catalogue";
import { MARKETPLACES, MARKETPLACE_CODES, marketplaceById } from "./marketplaces";

describe("buyer locale catalogue", () => {
  it("holds each code once, in canonical BCP 47 form, with a language and a region", () => {
    const codes = BUYER_LOCALES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of BUYER_LOCALES) {
      expect(Intl.getCanonicalLocales(entry.code)[0]).toBe(entry.code);
      expect(entry.code).toBe(`${entry.language}-${entry.region}`);
    }
    expect([...BUYER_LOCALE_CODES]).toEqual(codes);
  });

  it("covers the locales the templates issue names", () => {
    const required = ["en-US", "en-GB", "de-DE", "fr-FR", "fr-CA", "es-ES", "es-MX", "es-US", "it-IT", "nl-NL",
      "sv-SE", "pl-PL", "tr-TR", "pt-BR", "ar-AE", "hi-IN", "ja-JP", "zh-CN"];
    for (const code of required) expect(isBuyerLocale(code), code).toBe(true);
  });

  it("gives every locale at least one marketplace, and every marketplace at least one locale", () => {
    for (const entry of BUYER_LOCALES) expect(entry.marketplaces.length, entry.code).toBeGreaterThan(0);
    for (const code of MARKETPLACE_CODES) expect(buyerLocalesOf(code).length, code).toBeGreaterThan(0);
  });

  it("places a locale in its own region's marketplace unless it is a documented alternative language", () => {
    const alternativeLanguages = new Set(["zh-CN"]);
    for (const entry of BUYER_LOCALES) {
      if (alternativeLanguages.has(entry.code)) continue;
      expect(entry.marketplaces.map((m) => m.country), entry.code).toContain(entry.region);
    }
  });

  it("lists bilingual marketplaces under both languages", () => {
    expect(buyerLocalesOf("CA").sort()).toEqual(["en-CA", "fr-CA"]);
    expect(buyerLocalesOf("BE").sort()).toEqual(["fr-BE", "nl-BE"]);
    expect(buyerLocalesOf("US")).toEqual(expect.arrayContaining(["en-US", "es-US"]));
  });

  it("marks Arabic, and only Arabic, as right-to-left", () => {
    for (const entry of BUYER_LOCALES) {
      expect(entry.direction, entry.code).toBe(entry.language === "ar" ? "rtl" : "ltr");
    }
  });

  it("derives labels in every UI language from Intl", () => {
    for (const entry of BUYER_LOCALES) {
      for (const lng of UI_LANGUAGES) {
        expect(entry.labels[lng], `${entry.code}/${lng}`).not.toBe(entry.code);
        expect(entry.labels[lng]).toBe(localeLabel(entry.code, lng));
      }
    }
    expect(buyerLocaleEntry("de-DE").labels).toMatchObject({ en: "German (Germany)", de: "Deutsch (Deutschland)", ja: "ドイツ語 (ドイツ)" });
    expect(buyerLocaleEntry("fr-CA").labels.de).toBe("Französisch (Kanada)");
    expect(new Set(BUYER_LOCALES.map((entry) => entry.labels.en)).size).toBe(BUYER_LOCALES.length);
  });

  it("accepts only stored spellings in isBuyerLocale", () => {
    expect(isBuyerLocale("de-DE")).toBe(true);
    expect(isBuyerLocale("de_DE")).toBe(false);
    expect(isBuyerLocale("de-de")).toBe(false);
    expect(isBuyerLocale("de-AT")).toBe(false);
    expect(isBuyerLocale(42)).toBe(false);
  });
});

describe("marketplaces", () => {
  it("have distinct IDs that look like Amazon's", () => {
    const ids = MARKETPLACE_CODES.map((code) => MARKETPLACES[code].id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^A[0-9A-Z]{11,13}$/);
  });

  it("are found by ID", () => {
    expect(marketplaceById("A1PA6795UKMFR9")?.code).toBe("DE");
    expect(marketplaceById("nope")).toBeUndefined();
  });

  it("use ISO countries that Intl can name", () => {
    const regions = new Intl.DisplayNames(["en"], { type: "region" });
    for (const code of MARKETPLACE_CODES) {
      const { country } = MARKETPLACES[code];
      expect(regions.of(country), code).not.toBe(country);
    }
  });
});

describe("tag helpers", () => {
  it("read the language of any spelling", () => {
    expect(languageOf("de_AT")).toBe("de");
    expect(languageOf("PT-br")).toBe("pt");
    expect(() => languageOf("not a tag")).toThrow(RangeError);
  });

  it("derive direction from the script, agreeing with the runtime's text info", () => {
    // Only tags the runtime has full locale data for: for others (e.g. Dhivehi, Kurdish in Arabic
    // script) Node's text info falls back to a Latin-script parent and wrongly says "ltr".
    const tags = [...BUYER_LOCALES.map((entry) => entry.code), "he-IL", "fa-IR", "ur-PK", "ku-TR"];
    for (const tag of tags) {
      const locale = new Intl.Locale(tag) as Intl.Locale & {
        textInfo?: { direction: string };
        getTextInfo?: () => { direction: string };
      };
      const info = locale.getTextInfo?.() ?? locale.textInfo;
      if (!info) continue; // only runtimes with the Intl Locale Info API can cross-check
      expect(directionOf(tag), tag).toBe(info.direction);
    }
    expect(directionOf("he")).toBe("rtl");
    expect(directionOf("dv-MV")).toBe("rtl");
    expect(directionOf("ku-Arab")).toBe("rtl");
    expect(directionOf("ar_EG")).toBe("rtl");
    expect(directionOf("de-DE")).toBe("ltr");
  });

  it("label tags outside the catalogue too", () => {
    expect(localeLabel("de_AT", "en")).toBe("German (Austria)");
    expect(localeLabel("de-AT", "de")).toBe("Deutsch (Österreich)");
    expect(localeLabel("!!", "en")).toBe("!!");
  });
});
