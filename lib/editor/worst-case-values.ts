/**
 * The longest value each placeholder may take, as the delivery API accepts and formats it: what a
 * real order can put into a message at most. The translators' "worst case" length renders a
 * variant with these, so a budget overflow shows up while translating, not on an order.
 * Derived from the validators in placeholders.ts (one source of truth for what a value may be).
 */
import { formatPlaceholderValue, MAX_INTEGER_DIGITS, MAX_TEXT_VALUE_LENGTH, PLACEHOLDER_NAMES, PLACEHOLDERS, type PlaceholderFormat, type PlaceholderName } from "./placeholders";
import { renderPlainText } from "./render-text";
import type { DocJSON } from "./extensions";

/** The longest raw value of each format (a date: every month of a year, the longest written one wins). */
function longestValue(format: PlaceholderFormat, name: PlaceholderName, locale: string): string {
  switch (format) {
    case "order-id":
      return "000-0000000-0000000";
    case "asin":
      return "B000000000";
    case "integer":
      return formatPlaceholderValue(name, "9".repeat(MAX_INTEGER_DIGITS), locale);
    case "date": {
      const written = Array.from({ length: 12 }, (_, i) => formatPlaceholderValue(name, `2028-${String(i + 1).padStart(2, "0")}-28`, locale));
      return written.reduce((a, b) => ([...b].length > [...a].length ? b : a));
    }
    case "text":
      return "W".repeat(MAX_TEXT_VALUE_LENGTH);
  }
}

const cache = new Map<string, Record<PlaceholderName, string>>();

export function longestAllowedValues(locale: string): Record<PlaceholderName, string> {
  let values = cache.get(locale);
  if (!values) {
    values = Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, longestValue(PLACEHOLDERS[name].format, name, locale)])) as Record<PlaceholderName, string>;
    cache.set(locale, values);
  }
  return values;
}

/** Characters of the message body with every placeholder at its longest allowed value (as the render API counts them). */
export function worstCaseLength(doc: DocJSON, locale: string): number {
  return [...renderPlainText(doc, { values: longestAllowedValues(locale) })].length;
}
