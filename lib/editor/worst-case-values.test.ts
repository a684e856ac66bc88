import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { isValidPlaceholderValue, MAX_TEXT_VALUE_LENGTH, PLACEHOLDER_NAMES, PLACEHOLDERS } from "./placeholders";
import { plainTextLength } from "./render-text";
import { longestAllowedValues, worstCaseLength } from "./worst-case-values";

describe("worst-case length", () => {
  it("uses for every placeholder a value the delivery API accepts, and the longest one", () => {
    const values = longestAllowedValues("de-DE");
    for (const name of PLACEHOLDER_NAMES) {
      const format = PLACEHOLDERS[name].format;
      // Dates and integers are compared as written for the buyer; the raw forms are what the API validates.
      if (format === "text" || format === "order-id" || format === "asin") expect(isValidPlaceholderValue(name, values[name])).toBe(true);
    }
    expect(values.product_name).toHaveLength(MAX_TEXT_VALUE_LENGTH);
    expect(values.quantity).toBe("999.999");
    // German writes September in full: the longest month of the year.
    expect(values.delivery_date).toBe("28. September 2028");
    expect(longestAllowedValues("en-US").delivery_date).toBe("September 28, 2028");
  });

  it("counts a variant with every placeholder at its longest allowed value, above the sample length", () => {
    const doc = normalizeText("Hello {{buyer_name}}, your {{product_name}} (order {{order_id}}) arrives on {{delivery_date}}.").doc;
    const fixed = "Hello , your  (order ) arrives on .".length;
    expect(worstCaseLength(doc, "en-US")).toBe(fixed + 200 + 200 + 19 + "September 28, 2028".length);
    expect(worstCaseLength(doc, "en-US")).toBeGreaterThan(plainTextLength(doc));
  });
});
