/**
 * Phone numbers written out in words ("null eins fünf sieben, drei acht …"), a way to slip a number
 * past a digit check. Seven or more digit words in a row, separated only by spaces, commas or
 * dashes, never occur in ordinary prose, so such a run is read as a number.
 */
const DIGIT_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double"],
  de: ["null", "eins", "ein", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  fr: ["zéro", "zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  nl: ["nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
  sv: ["noll", "ett", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
  pl: ["zero", "jeden", "jedna", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
  pt: ["zero", "um", "uma", "dois", "duas", "três", "quatro", "cinco", "seis", "meia", "sete", "oito", "nove"],
  tr: ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"],
  ar: ["صفر", "واحد", "اثنان", "اثنين", "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
  hi: ["शून्य", "एक", "दो", "तीन", "चार", "पांच", "पाँच", "छह", "छः", "सात", "आठ", "नौ"],
};

const MIN_DIGIT_WORDS = 7;
const patterns = new Map<string, RegExp | null>();

function patternFor(language: string): RegExp | null {
  if (patterns.has(language)) return patterns.get(language)!;
  const words = DIGIT_WORDS[language];
  let pattern: RegExp | null = null;
  if (words) {
    const word = `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;
    pattern = new RegExp(`(?<![\\p{L}\\p{M}])${word}(?:[\\s,;\\-–—]+${word}){${MIN_DIGIT_WORDS - 1},}(?![\\p{L}\\p{M}])`, "giu");
  }
  patterns.set(language, pattern);
  return pattern;
}

/** Spans of text that spell out a number of seven or more digits, in the text's language. */
export function spelledNumbers(text: string, language: string): { start: number; end: number }[] {
  const pattern = patternFor(language);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
