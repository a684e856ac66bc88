/**
 * Numbers that name a technical standard ("DIN VDE 0100-600", "EN ISO 12100", "IEC 60335-1",
 * "ÖNORM B 5320"): written with digits in groups like a phone number, but the acronym of the body
 * that issued the standard stands right before them. Standards bodies are written in capitals in
 * every language, so a lower-case word ("en", "is") is never read as one.
 */
const STANDARD_BODY = "(?:DIN|VDE|EN|ISO|IEC|ÖNORM|ÖVE|SN|SEV|NF|UNE|UNI|CEI|NEN|PN|SS|TS|BS|IS|ASTM|ANSI|IEEE|ETSI|CENELEC)";
/** The acronyms (one or more, "DIN EN ISO"), an optional part letter ("ÖNORM B"), then the number. */
const STANDARD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${STANDARD_BODY}(?:[\\s/-]+${STANDARD_BODY})*(?:\\s+[A-Z])?[\\s:-]*$`, "u");

/** Whether the digits starting at `start` of `text` are the number of a standard. */
export function isStandardNumber(text: string, start: number): boolean {
  return STANDARD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
