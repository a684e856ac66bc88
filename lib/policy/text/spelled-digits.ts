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

/**
 * Two-digit number words, as numbers are read out in pairs ("nul-zes, twaalf, vierendertig"):
 * teens and tens, and the compounds of German and Dutch ("vierunddreißig", "vierendertig").
 */
const PAIR_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
  de: ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"],
  nl: ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"],
  fr: ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante-dix", "quatre-vingts?", "quatre-vingt-dix"],
  es: ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veinti\\p{L}+", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
  it: ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
  pt: ["dez", "onze", "doze", "treze", "catorze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
  // Turkish reads a number in groups with tens and hundreds ("beş yüz otuz iki").
  tr: ["on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan", "yüz"],
  sv: ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"],
};

/** Seven digits or more, in at least five words: prose never strings so many number words together. */
const MIN_DIGITS = 7;
const MIN_WORDS = 5;

const SEPARATOR = String.raw`[\s,;\-–—]+`;
const patterns = new Map<string, { run: RegExp; unit: RegExp } | null>();

function patternsFor(language: string): { run: RegExp; unit: RegExp } | null {
  if (patterns.has(language)) return patterns.get(language)!;
  const units = DIGIT_WORDS[language];
  let compiled: { run: RegExp; unit: RegExp } | null = null;
  if (units) {
    const alternatives = [...(PAIR_WORDS[language] ?? []), ...units].sort((a, b) => b.length - a.length).join("|");
    const word = `(?:${alternatives})`;
    compiled = {
      run: new RegExp(String.raw`(?<![\p{L}\p{M}])${word}(?:${SEPARATOR}${word}){${MIN_WORDS - 1},}(?![\p{L}\p{M}])`, "giu"),
      unit: new RegExp(`^(?:${units.join("|")})$`, "iu"),
    };
  }
  patterns.set(language, compiled);
  return compiled;
}

/** Spans of text that spell out a number of seven or more digits, in the text's language. */
export function spelledNumbers(text: string, language: string): { start: number; end: number }[] {
  const compiled = patternsFor(language);
  if (!compiled) return [];
  return [...text.matchAll(compiled.run)]
    .filter((m) => {
      const words = m[0].split(new RegExp(SEPARATOR, "u")).filter(Boolean);
      const digits = words.reduce((sum, w) => sum + (compiled.unit.test(w) ? 1 : 2), 0);
      return digits >= MIN_DIGITS;
    })
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
