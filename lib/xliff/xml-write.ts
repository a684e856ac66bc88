/** Writing XML text safely: escaping, and characters XML 1.0 cannot carry. */

// Characters not allowed in XML 1.0 documents, and lone surrogates.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element content; characters XML cannot carry become XLIFF `<cp hex="…"/>` elements. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;")
    .replace(NOT_XML_CHAR, (ch) => `<cp hex="${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}"/>`);
}

/**
 * Element content for XML without XLIFF's `<cp/>` (TMX, TBX): a character XML cannot carry is
 * dropped. Every other `<` is escaped, so only escapeText's `<cp` can match.
 */
export function escapeTextDroppingInvalid(text: string): string {
  return escapeText(text).replace(/<cp hex="[0-9A-F]+"\/>/g, "");
}

/** An attribute value in double quotes; characters XML cannot carry are dropped (attributes here are display hints). */
export function escapeAttribute(value: string): string {
  return value
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** ` name="value"` for each defined attribute, in the order given. */
export function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
}
