/**
 * Turns a phrase list into one regular expression per category, with word boundaries that
 * understand every script (letters, combining marks and digits are word characters; so is a hyphen
 * between letters, so "free" does not match in "hands-free" or "free-standing").
 */
import { PHRASE_CATEGORIES, type PhraseCategory, type PhraseList } from "./types";

export interface PhraseMatch {
  start: number;
  end: number;
}

export interface CompiledPhrases {
  language: PhraseList["language"];
  patterns: Readonly<Record<PhraseCategory, RegExp | null>>;
}

const BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}_]|[\p{L}\p{N}]-)`;
const AFTER = String.raw`(?![\p{L}\p{M}\p{N}_]|-[\p{L}\p{N}])`;

/** A space in an entry stands for any whitespace run, " ?" for optional whitespace (outside character classes). */
function flexibleSpaces(source: string): string {
  let result = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      result += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    if (ch === " " && !inClass) {
      // "x ?y" makes the space optional; any other space needs at least one whitespace.
      if (source[i + 1] === "?") {
        result += String.raw`\s*`;
        i++;
      } else result += String.raw`\s+`;
      continue;
    }
    result += ch;
  }
  return result;
}

function compileCategory(list: PhraseList, entries: readonly string[]): RegExp | null {
  if (entries.length === 0) return null;
  const alternatives = entries.map(flexibleSpaces).join("|");
  const prefix = list.prefix ? `(?:${list.prefix})?` : "";
  const suffix = list.suffix ? `(?:${list.suffix})?` : "";
  const core = `${prefix}(?:${alternatives})${suffix}`;
  return new RegExp(list.spaced ? `${BEFORE}${core}${AFTER}` : core, "giu");
}

export function compilePhrases(list: PhraseList): CompiledPhrases {
  const patterns = Object.fromEntries(
    PHRASE_CATEGORIES.map((category) => [category, compileCategory(list, list[category])]),
  ) as Record<PhraseCategory, RegExp | null>;
  return { language: list.language, patterns };
}

/**
 * Folds text for matching without changing its length, so match offsets stay valid: typographic
 * apostrophes become ', and in Turkish the dotted/dotless capitals fold the Turkish way.
 */
export function foldForMatching(text: string, language: string): string {
  let folded = text.replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'");
  if (language === "tr" || language === "az") folded = folded.replace(/İ/g, "i").replace(/I/g, "ı");
  return folded;
}

export function findPhrases(compiled: CompiledPhrases, category: PhraseCategory, foldedText: string): PhraseMatch[] {
  const pattern = compiled.patterns[category];
  if (!pattern) return [];
  const matches: PhraseMatch[] = [];
  for (const match of foldedText.matchAll(pattern)) {
    if (match[0].length > 0) matches.push({ start: match.index, end: match.index + match[0].length });
  }
  return matches;
}
