/**
 * Numbers that name a technical standard ("DIN VDE 0100-600", "EN ISO 12100", "IEC 60335-1",
 * "ÖNORM B 5320"): written with digits in groups like a phone number, but the acronym of the body
 * that issued the standard stands right before them. Standards bodies are written in capitals in
 * every language, so a lower-case word ("en", "is") is never read as one. A law or decree cited by
 * its number is no phone number either.
 */
const STANDARD_BODY = "(?:DIN|VDE|EN|ISO|IEC|ÖNORM|ÖVE|SN|SEV|NF|UNE|UNI|CEI|NEN|PN|SS|TS|BS|IS|ASTM|ANSI|IEEE|ETSI|CENELEC)";
/** The acronyms (one or more, "DIN EN ISO"), an optional part letter ("ÖNORM B"), then the number. */
const STANDARD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${STANDARD_BODY}(?:[\\s/-]+${STANDARD_BODY})*(?:\\s+[A-Z])?[\\s:-]*$`, "u");

/**
 * A law, decree or directive cited by its number ("Real Decreto 110/2015", "Ley 7/2022",
 * "Richtlinie 2012/19/EU", "D.Lgs. 49/2014", "Ustawa z 11 września 2015"): the word for the act
 * right before the number.
 */
const LAW_BEFORE =
  /(?<![\p{L}\p{N}])(?:decreto|ley|reglamento|directiva|directive|décret|loi|règlement|legge|d\.?\s?lgs\.?|regolamento|direttiva|richtlinie|verordnung|gesetz|wet|besluit|richtlijn|ustaw\p{L}*|rozporządzeni\p{L}*|dyrektyw\p{L}*|förordning\p{L}*|lag|direktiv\p{L}*|kanun\p{L}*|yönetmeli\p{L}*|regulation|act)(?:\s+(?:n[º°o.]?|nr\.?|núm\.?|no\.?|\(?(?:ue|eu|ce|eg|eu\))\)?))?\s*$/iu;

/** Whether the digits starting at `start` of `text` are the number of a standard or of a law. */
export function isStandardNumber(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return STANDARD_BEFORE.test(before) || LAW_BEFORE.test(before);
}
