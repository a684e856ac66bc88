/**
 * Numbers as values, however a language writes them: full-width and Arabic-Indic or Devanagari
 * digits, decimal comma or point, grouping by point, comma, space or apostrophe, and the common
 * number words ("seven", "sieben", "sept", "七"). A translation that writes "7 Tage" for "seven
 * days" or "1.234,50 €" for "€1,234.50" keeps the same value, so it must compare equal.
 * Pure: runs in the browser.
 */
import { foldWord } from "../text/fold";

/**
 * One character for one: digits, Latin letters and punctuation in their ASCII forms, so offsets in
 * the result are offsets in the original (findings underline what the author wrote). NFKC would
 * expand some characters and lose that.
 */
export function asciiShape(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    let mapped = ch;
    if (code >= 0xff01 && code <= 0xff5e) mapped = String.fromCharCode(code - 0xfee0);
    else if (code >= 0x0660 && code <= 0x0669) mapped = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) mapped = String(code - 0x06f0);
    else if (code >= 0x0966 && code <= 0x096f) mapped = String(code - 0x0966);
    else if (ch === "٫") mapped = ".";
    else if (ch === "٬") mapped = ",";
    else if (ch === "٪") mapped = "%";
    else if (ch === "\u3000") mapped = " ";
    else if (ch === "￥") mapped = "¥";
    // Astral characters take two units: keep both so offsets stay aligned.
    out += mapped.length === ch.length ? mapped : ch;
  }
  return out;
}

/**
 * A written number ("1.234,50", "1 234,5", "1,234.50", "7", "0.5") as a value. A lone separator
 * followed by exactly three digits groups thousands (in every language: prices carry two decimals,
 * quantities rarely three); with both separators, the last one is the decimal mark.
 */
export function parseNumber(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f']/g, (sp, i: number) => (/\d/.test(raw[i + 1] ?? "") ? "" : sp)).trim();
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const lastDot = compact.lastIndexOf(".");
  const lastComma = compact.lastIndexOf(",");
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    normalized = compact.split(group).join("").replace(decimal, ".");
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ",";
    const parts = compact.split(sep);
    const grouped = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0].length <= 3 && parts[0] !== "0";
    normalized = grouped ? parts.join("") : parts.length === 2 ? `${parts[0]}.${parts[1]}` : compact.split(sep).join("");
  } else normalized = compact;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** A value as a key: 7, 7.0 and 7,00 are one number. */
export function numberKey(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Number words from two upwards (one is left out on purpose: "ein", "un", "una", "bir", "एक" are
 * also articles, and "a day" is no commitment to compare). Enough for the durations, counts and
 * days of the month that buyer messages promise.
 */
const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: words("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", 2, { thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100 }),
  de: words("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig", 2, { zwo: 2, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, neunzig: 90, hundert: 100, einundzwanzig: 21, vierundzwanzig: 24, achtundzwanzig: 28, einunddreißig: 31 }),
  fr: words("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize", 2, { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100 }),
  es: words("dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve treinta", 2, { cuarenta: 40, cincuenta: 50, sesenta: 60, noventa: 90, cien: 100 }),
  it: words("due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitré ventiquattro venticinque ventisei ventisette ventotto ventinove trenta", 2, { quaranta: 40, cinquanta: 50, sessanta: 60, novanta: 90, cento: 100 }),
  nl: words("twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig", 2, { dertig: 30, veertig: 40, vijftig: 50, zestig: 60, negentig: 90, honderd: 100, eenentwintig: 21, vierentwintig: 24, achtentwintig: 28, eenendertig: 31 }),
  sv: words("två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo", 2, { trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, nittio: 90, hundra: 100, tjugofyra: 24, trettioen: 31 }),
  pl: words("dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia", 2, { dwóch: 2, dwie: 2, trzech: 3, czterech: 4, pięciu: 5, sześciu: 6, siedmiu: 7, ośmiu: 8, dziewięciu: 9, dziesięciu: 10, czternastu: 14, piętnastu: 15, dwudziestu: 20, trzydzieści: 30, trzydziestu: 30, czterdzieści: 40, pięćdziesiąt: 50, sto: 100 }),
  tr: words("iki üç dört beş altı yedi sekiz dokuz on", 2, { yirmi: 20, otuz: 30, kırk: 40, elli: 50, altmış: 60, doksan: 90, yüz: 100 }),
  pt: words("dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte", 2, { duas: 2, quatorze: 14, dezasseis: 16, dezassete: 17, dezanove: 19, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, noventa: 90, cem: 100 }),
  ar: words("اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة", 2, { اثنين: 2, يومين: 2, أسبوعين: 2, شهرين: 2, ساعتين: 2, عشر: 10, عشرين: 20, عشرون: 20, ثلاثين: 30, ثلاثون: 30, أربعين: 40, خمسين: 50, ستين: 60, تسعين: 90, مائة: 100, مئة: 100 }),
  hi: words("दो तीन चार पांच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस बीस", 2, { पाँच: 5, छः: 6, तीस: 30, चालीस: 40, पचास: 50, साठ: 60, नब्बे: 90, सौ: 100 }),
};

/** Tens that combine with a following unit word ("twenty-one", "vingt et un", "vinte e um"). */
const TENS = new Set([20, 30, 40, 50, 60, 90]);

function words(list: string, from: number, extra: Readonly<Record<string, number>>): Record<string, number> {
  const result: Record<string, number> = {};
  list.split(" ").forEach((word, i) => (result[word] = from + i));
  return { ...result, ...extra };
}

const folded = new Map<string, Map<string, number>>();

/** Folded number word → value for a language (empty where we list none, e.g. Japanese). */
export function numberWords(language: string): ReadonlyMap<string, number> {
  let map = folded.get(language);
  if (!map) {
    map = new Map();
    for (const [word, value] of Object.entries(NUMBER_WORDS[language] ?? {})) map.set(foldWord(word, language), value);
    folded.set(language, map);
  }
  return map;
}

const UNIT_AFTER_TENS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: { one: 1 }, fr: { un: 1, une: 1 }, pt: { um: 1, uma: 1 }, es: { uno: 1 }, it: { uno: 1 }, pl: { jeden: 1 }, tr: { bir: 1 }, sv: { en: 1, ett: 1 },
};

/** The value of a unit word that follows a tens word, e.g. "one" in "twenty-one". */
export function unitAfterTens(word: string, language: string): number | null {
  const value = numberWords(language).get(word) ?? UNIT_AFTER_TENS[language]?.[word];
  return value !== undefined && value < 10 ? value : null;
}

export function isTens(value: number): boolean {
  return TENS.has(value);
}

const KANJI_DIGITS: Readonly<Record<string, number>> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 〇: 0, 一: 1 };

/** A Japanese kanji numeral up to 99 ("七", "十四", "三十") as a value. */
export function kanjiNumber(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (!m || text === "") return null;
  if (!m[2]) return m[1] && !m[3] ? KANJI_DIGITS[m[1]] : null;
  return (m[1] ? KANJI_DIGITS[m[1]] : 1) * 10 + (m[3] ? KANJI_DIGITS[m[3]] : 0);
}
