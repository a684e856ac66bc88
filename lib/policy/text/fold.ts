/**
 * Folding: how a word is compared, not how it is shown. Case, Unicode compatibility forms
 * (full-width letters, ligatures, half-width katakana), accents in Latin scripts, Arabic spelling
 * variants and the Devanagari nukta all fold away, so "ＲＥＶＩＥＷ", "Révïew" and "review" are
 * one word to the lexicons. Pure: runs in the browser.
 */

/** Latin letters that Unicode decomposition does not split into base letter + accent. */
const LATIN_EXTRA: Readonly<Record<string, string>> = { ß: "ss", ł: "l", ı: "i", ø: "o", æ: "ae", œ: "oe", đ: "d", ð: "d", þ: "th" };

const SWEDISH_LETTERS = /[åäö]/;

/** Strips accents except from the letters given, which stay as they are. */
function keepLetters(text: string, letters: RegExp): string {
  let out = "";
  for (const ch of text) out += letters.test(ch) ? ch : ch.normalize("NFD").replace(/\p{M}/gu, "");
  return out.replace(/[ßłıøæœđðþ]/g, (ch) => LATIN_EXTRA[ch] ?? ch);
}

const GERMAN_UMLAUTS: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue" };

/** Arabic: short vowels, shadda, sukun and the dagger alef (diacritics) and tatweel carry no word identity. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي",
};
/** Devanagari: the nukta (फ़ / फ) and chandrabindu vs anusvara (पहुँच / पहुंच) are spelling variants. */
const DEVANAGARI_NUKTA = /\u093c/g;
const DEVANAGARI_CHANDRABINDU = /\u0901/g;
const JOINERS = /[\u200c\u200d\u200e\u200f\u00ad]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g;

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return String(code - 0x0966);
}

/** Lower case the way the language does it (Turkish dotted and dotless i), after NFKC. */
export function lowerForLanguage(word: string, language: string): string {
  const compatible = word.normalize("NFKC").replace(JOINERS, "");
  return language === "tr" || language === "az" ? compatible.toLocaleLowerCase("tr") : compatible.toLowerCase();
}

/** The folded form of an already lower-cased word (see lowerForLanguage). */
export function foldLower(lower: string, language: string): string {
  let folded = lower.replace(ARABIC_INDIC_DIGIT, asciiDigit);
  if (language === "ar") {
    return folded.replace(ARABIC_MARKS, "").replace(/[أإآٱةىؤئکی]/g, (ch) => ARABIC_LETTERS[ch] ?? ch);
  }
  if (language === "hi") return folded.replace(DEVANAGARI_NUKTA, "").replace(DEVANAGARI_CHANDRABINDU, "\u0902");
  // Japanese keeps its marks: dakuten distinguish words (ご vs こ), and NFKC already unified widths.
  if (language === "ja") return folded;
  // German umlauts fold the German way, so "ändern" (change) stays apart from "andern" (other).
  if (language === "de") folded = folded.replace(/[äöü]/g, (ch) => GERMAN_UMLAUTS[ch] ?? ch);
  // Swedish å, ä and ö are letters of their own ("ändra", change, is not "andra", others).
  if (language === "sv") return keepLetters(folded, SWEDISH_LETTERS);
  folded = folded.normalize("NFD").replace(/\p{M}/gu, "");
  return folded.replace(/[ßłıøæœđðþ]/g, (ch) => LATIN_EXTRA[ch] ?? ch);
}

export function foldWord(word: string, language: string): string {
  return foldLower(lowerForLanguage(word, language), language);
}

export interface FoldedText {
  text: string;
  /** For every UTF-16 unit of `text`, the offset in the original of the character it came from. */
  origin: number[];
  /** Length of the original text (the end offset of a match that reaches the folded text's end). */
  originalLength: number;
}

/**
 * Folds a whole text, character by character, remembering where every folded character came
 * from, so that a match in the folded text maps back to the exact span the author wrote.
 */
export function foldText(text: string, language: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    const out = ch === "\n" ? ch : foldWord(ch, language);
    for (let k = 0; k < out.length; k++) origin.push(i);
    folded += out;
    i += ch.length;
  }
  return { text: folded, origin, originalLength: text.length };
}

/** The original span of folded text [start, end). */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = start < folded.origin.length ? folded.origin[start] : folded.originalLength;
  if (end >= folded.origin.length) return { start: from, end: folded.originalLength };
  // The end is where the character after the match starts in the original.
  return { start: from, end: Math.max(from, folded.origin[end]) };
}
