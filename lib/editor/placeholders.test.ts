import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import {
  formatPlaceholderValue,
  isPlaceholderName,
  isValidPlaceholderValue,
  longestSample,
  ORDER_ID_PATTERN,
  PLACEHOLDER_NAMES,
  PLACEHOLDERS,
  SAMPLE_LOCALES,
  sampleValues,
} from "./placeholders";

describe("placeholder catalogue", () => {
  it("has a label and description in every UI language for every placeholder", () => {
    for (const name of PLACEHOLDER_NAMES) {
      for (const lng of ["en", "de"] as const) {
        const entry = (resources[lng].editor as { placeholders: Record<string, { label?: string; description?: string }> }).placeholders[name];
        expect(entry?.label, `${lng} ${name}`).toBeTruthy();
        expect(entry?.description, `${lng} ${name}`).toBeTruthy();
      }
      expect(PLACEHOLDERS[name].labelKey).toBe(`placeholders.${name}.label`);
    }
  });

  it("recognises only catalogue names", () => {
    expect(isPlaceholderName("order_id")).toBe(true);
    expect(isPlaceholderName("orderId")).toBe(false);
    expect(isPlaceholderName("__proto__")).toBe(false);
    expect(isPlaceholderName(undefined)).toBe(false);
  });

  it("validates raw values by format", () => {
    expect(ORDER_ID_PATTERN.test("171-1234567-1234567")).toBe(true);
    for (const bad of ["171-123456-1234567", "1711234567-1234567", "171-1234567-12345678", " 171-1234567-1234567"]) {
      expect(isValidPlaceholderValue("order_id", bad), bad).toBe(false);
    }
    expect(isValidPlaceholderValue("asin", "B0C1234XYZ")).toBe(true);
    expect(isValidPlaceholderValue("asin", "b0c1234xyz")).toBe(false);
    expect(isValidPlaceholderValue("quantity", "3")).toBe(true);
    expect(isValidPlaceholderValue("quantity", "0")).toBe(false);
    expect(isValidPlaceholderValue("delivery_date", "2025-02-28")).toBe(true);
    expect(isValidPlaceholderValue("delivery_date", "2025-02-30")).toBe(false);
    expect(isValidPlaceholderValue("buyer_name", "Ann")).toBe(true);
    for (const bad of ["", "  ", "a\nb", "{{order_id}}", "<b>", "x".repeat(201)]) {
      expect(isValidPlaceholderValue("buyer_name", bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("formats dates with Intl in the buyer's locale (UTC) and refuses invalid raw values", () => {
    expect(formatPlaceholderValue("delivery_date", "2025-03-14", "de-DE")).toBe("14. März 2025");
    expect(formatPlaceholderValue("delivery_date", "2025-03-14", "en-US")).toBe("March 14, 2025");
    expect(formatPlaceholderValue("delivery_date", "2025-03-14", "ja-JP")).toBe("2025年3月14日");
    expect(() => formatPlaceholderValue("order_id", "123", "en-US")).toThrow(RangeError);
  });

  it("has valid samples for every locale, tolerating malformed tags", () => {
    for (const locale of [...SAMPLE_LOCALES, "xx", "not a tag!"]) {
      const values = sampleValues(locale);
      expect(Object.keys(values).sort()).toEqual([...PLACEHOLDER_NAMES].sort());
      expect(values.order_id).toMatch(ORDER_ID_PATTERN);
      for (const name of PLACEHOLDER_NAMES) expect(values[name].trim(), `${locale} ${name}`).not.toBe("");
    }
    expect(sampleValues("ar-AE").buyer_name).not.toBe(sampleValues("en-US").buyer_name);
  });

  it("longestSample is the longest across the sample locales", () => {
    for (const name of PLACEHOLDER_NAMES) {
      const lengths = SAMPLE_LOCALES.map((locale) => sampleValues(locale)[name].length);
      expect(longestSample(name).length).toBe(Math.max(...lengths));
    }
  });
});
