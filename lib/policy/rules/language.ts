/**
 * Language rules: the text must be in the variant's declared language (Amazon requires the buyer's
 * language of preference) and free of spelling mistakes (its styling guidelines name "major
 * spelling or grammatical errors"). The checks are pure given a detector and a speller; loading
 * those is the node engine's job, so this module stays out of the browser bundle by never being
 * imported from engine-cheap.
 */
import type { CheckContext, FieldText } from "../context";
import type { LanguageDetector } from "../language/detect";
import type { Speller } from "../language/spelling";
import { SPELLING_RULE_IDS, WORDS } from "../spelling-words";
import { letterWeight } from "../text-measure";
import type { RuleDefinition, RuleHit } from "../types";
import { defineRule } from "./define";

export interface HeavyContext extends CheckContext {
  detector: LanguageDetector | null;
  speller: Speller | null;
  /**
   * The English speller, for a message in another Latin-script language: a word it knows is an
   * English word mixed into the message ("Dear Kunde", "Thank you und beste Grüße"), not a
   * misspelling (see Doubtful.foreign). Null for English messages or when not loaded.
   */
  englishSpeller?: Speller | null;
}

/** Below this much text (letters, CJK counted double) no detector can tell languages apart. */
export const MIN_LETTERS_FOR_DETECTION = 20;
/** A single block must be this long before it alone can contradict the declared language. */
export const MIN_LETTERS_PER_BLOCK = 60;
/** The declared language still counts as plausible within this share of the best score. */
const PLAUSIBLE_SCORE_SHARE = 0.9;
/**
 * When spelling blocks approval: the guideline names "major spelling or grammatical errors", so a
 * message blocks when it has at least this many distinct doubtful common words (names aside) …
 */
export const SPELLING_ERROR_MIN_WORDS = 3;
/** … and they make up at least this share of its words. Fewer or rarer doubtful words are warnings. */
export const SPELLING_ERROR_MIN_SHARE = 0.1;
/**
 * At most this many spelling findings per message, one per distinct word in order of first
 * appearance. A pasted placeholder text (Lorem ipsum in an English message) has hundreds of
 * unknown words; every finding already says how many there are in all (`count`).
 */
export const MAX_SPELLING_FINDINGS = 10;

/** Names every buyer message may contain that not every dictionary knows. */
const ALWAYS_ALLOWED = ["Amazon", "Prime", "Alexa", "Kindle", "Echo", "Fire", "Seller", "Central"];

const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu;

/** The field's text with placeholders, URLs and e-mail addresses blanked (same length). */
function proseOf(field: FieldText): string {
  const chars = field.view.text.split("");
  for (const p of field.view.placeholders) chars.fill(" ", p.start, p.end);
  for (const m of field.view.text.matchAll(URL_OR_EMAIL)) chars.fill(" ", m.index, m.index + m[0].length);
  return chars.join("");
}

type Verdict = { kind: "match" } | { kind: "mismatch"; detected: string } | { kind: "undetermined" };

function judge(detector: LanguageDetector, text: string, declared: string, minLetters: number): Verdict {
  if (letterWeight(text) < minLetters) return { kind: "undetermined" };
  const result = detector.detect(text);
  if (result.language === declared) return { kind: "match" };
  const best = result.scores[result.language] ?? 0;
  const own = result.scores[declared] ?? 0;
  if (!result.language || !result.reliable || (best > 0 && own >= best * PLAUSIBLE_SCORE_SHARE)) return { kind: "undetermined" };
  return { kind: "mismatch", detected: result.language };
}

function blocksOf(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) blocks.push({ start: m.index, end: m.index + m[0].length });
  return blocks;
}

const languageVerdicts = new WeakMap<HeavyContext, { whole: Verdict; blocks: RuleHit[] }>();

function languageFindings(context: HeavyContext): { whole: Verdict; blocks: RuleHit[] } | null {
  const { detector, language } = context;
  if (!detector) return null;
  const cached = languageVerdicts.get(context);
  if (cached) return cached;
  const body = proseOf(context.body);
  const whole = judge(detector, `${proseOf(context.subject)}\n${body}`, language, MIN_LETTERS_FOR_DETECTION);
  const blocks: RuleHit[] = [];
  // A paragraph in another language inside a message that is mostly right.
  if (whole.kind === "match") {
    for (const block of blocksOf(body)) {
      const verdict = judge(detector, body.slice(block.start, block.end), language, MIN_LETTERS_PER_BLOCK);
      if (verdict.kind === "mismatch") {
        blocks.push({ target: { field: "body", ...block }, params: { detected: verdict.detected, declared: language } });
      }
    }
  }
  const result = { whole, blocks };
  languageVerdicts.set(context, result);
  return result;
}

// --- spelling -----------------------------------------------------------------------------------

const LATIN_LANGUAGES = new Set(["en", "de", "fr", "es", "it", "nl", "sv", "pl", "tr", "pt"]);

function skipWord(word: string, language: string, allowed: ReadonlySet<string>): boolean {
  if (word.length < 2 || /\p{N}/u.test(word)) return true;
  // Acronyms and codes: "DHL", "ASIN", "EU".
  if (word === word.toLocaleUpperCase(language) && word !== word.toLocaleLowerCase(language)) return true;
  // Words in another script (a Japanese product name in a German message) are not ours to judge.
  if (LATIN_LANGUAGES.has(language) && /[^\p{Script=Latin}\p{M}'’-]/u.test(word)) return true;
  return allowed.has(word.toLocaleLowerCase(language));
}

/**
 * Standard abbreviations written with their period ("ca.", "ggf.", "inkl.", "Std.", "freundl."),
 * and the sign-offs and "ok" written without one ("MfG", "LG", "ok"): terse notes are full of them, and the
 * dictionary lists few. Per language, lower case.
 */
const ABBREVIATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set([
    "ca", "ggf", "ggfs", "inkl", "exkl", "zzgl", "bzw", "evtl", "usw", "etc", "vgl", "max", "min", "mind", "sek", "std", "stk", "pkt", "nr", "tel", "kd", "kdnr",
    "mo", "di", "mi", "do", "fr", "sa", "so", "hr", "hrn", "abt", "best", "art", "anz", "gr", "str", "vsl", "voraussichtl", "ursprüngl", "gesetzl", "freundl", "zzt", "zt",
    "bspw", "insb", "lt", "gem", "allg", "bzgl", "tägl", "mtl", "jährl", "zus", "urspr", "dt", "ital", "frz", "engl", "orig", "ausg", "akt", "erf", "erh",
  ]),
};
const SIGN_OFFS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(["mfg", "lg", "vg", "bg", "sg", "ok"]),
};
/**
 * Regional words of a standard variety the dictionary lacks: Austrian, Bavarian and Swiss greetings
 * and diminutives ("Servus", "Grüezi", "Baba", "Packerl", "bisserl").
 */
const REGIONAL: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set([
    "servus", "grüezi", "grüessech", "grüessgott", "baba", "pfiat", "pfiati", "pfüat", "moin", "moinsen", "tschau", "ciao", "adieu", "merci", "gell", "gelt", "vergelt's",
    "bisserl", "bissel", "bissl", "packerl", "packerln", "sackerl", "sackerln", "sternderl", "stamperl", "stamperln", "häferl", "haferl", "kipferl", "stüberl", "platzerl", "jause", "jausen",
    "heuer", "jänner", "feber", "grüss", "grüsse", "grüssen", "schmankerl", "zuckerl", "zuckerln", "paradeiser", "topfen", "semmel", "semmeln", "sackl", "viertele", "gruezi",
  ]),
};

/**
 * A word correct in a regional standard or written as an abbreviation: Swiss spelling (ss for ß:
 * "Grüsse", "grossen"), a clitic "'s" ("geht's", "taugt's"), a regional word, a standard
 * abbreviation before its period, a sign-off or "ok".
 */
function regionalOrAbbreviated(word: string, next: string, language: string, speller: Speller): boolean {
  const lower = word.toLocaleLowerCase(language);
  if (REGIONAL[language]?.has(lower) || SIGN_OFFS[language]?.has(lower)) return true;
  if (next === "." && ABBREVIATIONS[language]?.has(lower)) return true;
  if (language !== "de") return false;
  if (/ss/u.test(word) && speller.isCorrect(word.replace(/ss/gu, "ß"))) return true;
  const clitic = /^(\p{L}{2,})'s$/u.exec(word);
  return clitic !== null && (speller.isCorrect(clitic[1]) || REGIONAL.de.has(clitic[1].toLocaleLowerCase(language)));
}

interface Doubtful {
  field: FieldText;
  start: number;
  end: number;
  word: string;
  /**
   * Probably a name (a brand, a carrier, a town) rather than a misspelt word: capitalised inside a
   * sentence, written with inner capitals ("FedEx"), or carrying a suffix after an apostrophe as
   * Turkish writes it on names ("Kargo'ya"). Dictionaries lack most names, so these never decide
   * that a message is badly spelt; they are still reported, as warnings.
   */
  name: boolean;
  /**
   * A correctly spelt English word in a message in another language: code-mixing or a loanword, not
   * a spelling mistake. Whether the message is in the buyer's language is language.mismatch's
   * question; like names, these are reported as warnings and never make a message badly spelt.
   */
  foreign: boolean;
}

interface SpellingScan {
  doubtful: Doubtful[];
  /** Words that were looked up (not skipped as numbers, codes, other scripts or allowed words). */
  checked: number;
}

const doubtfulCache = new WeakMap<HeavyContext, SpellingScan>();

const SENTENCE_START = /(?:^|[.!?:;…。！？\n]["'“”‘’«»()\[\]\s]*)$/u;

function looksLikeName(word: string, before: string, language: string): boolean {
  const first = word.charAt(0);
  if (first === first.toLocaleLowerCase(language)) return false;
  if (/\p{Ll}\p{Lu}/u.test(word)) return true;
  if (/['’]/u.test(word)) return true;
  return !SENTENCE_START.test(before.trimEnd() === "" ? "" : before);
}

function spellingScan(context: HeavyContext): SpellingScan {
  const { speller, language } = context;
  if (!speller) return { doubtful: [], checked: 0 };
  const english = language !== "en" ? (context.englishSpeller ?? null) : null;
  const cached = doubtfulCache.get(context);
  if (cached) return cached;
  const allowed = new Set(
    [...ALWAYS_ALLOWED, ...context.allowedWords]
      .flatMap((entry) => entry.split(/\s+/))
      .filter(Boolean)
      .map((word) => word.toLocaleLowerCase(language)),
  );
  const doubtful: Doubtful[] = [];
  let checked = 0;
  for (const field of [context.subject, context.body]) {
    const prose = proseOf(field);
    for (const m of prose.matchAll(WORDS)) {
      const word = m[0].replace(/’/g, "'");
      if (skipWord(word, language, allowed)) continue;
      checked++;
      if (speller.isCorrect(word) || regionalOrAbbreviated(word, prose.charAt(m.index + m[0].length), language, speller)) continue;
      const before = field.view.text.slice(Math.max(0, m.index - 40), m.index);
      doubtful.push({
        field,
        start: m.index,
        end: m.index + m[0].length,
        word,
        name: looksLikeName(word, before, language),
        foreign: english?.isCorrect(word) ?? false,
      });
    }
  }
  const scan = { doubtful, checked };
  doubtfulCache.set(context, scan);
  return scan;
}

interface DoubtfulGroup {
  /** The word's first occurrence, where the finding points. */
  first: Doubtful;
  /** How often the word occurs in the message, in any capitalisation. */
  occurrences: number;
}

/** A word repeated in a message is one mistake: one group per distinct word (ignoring case), in order of first appearance. */
function doubtfulGroups(words: readonly Doubtful[], language: string): DoubtfulGroup[] {
  const groups = new Map<string, DoubtfulGroup>();
  for (const word of words) {
    const key = word.word.toLocaleLowerCase(language);
    const group = groups.get(key);
    if (group) group.occurrences++;
    else groups.set(key, { first: word, occurrences: 1 });
  }
  return [...groups.values()];
}

/** A doubtful word that can count as a misspelling: neither a probable name nor a correct English word in another language. */
const isCommon = (group: DoubtfulGroup): boolean => !group.first.name && !group.first.foreign;

/** The doubtful words grouped, and whether they amount to major errors (see SPELLING_ERROR_MIN_WORDS). */
function spellingVerdict(context: HeavyContext): { groups: DoubtfulGroup[]; major: boolean } {
  const scan = spellingScan(context);
  const groups = doubtfulGroups(scan.doubtful, context.language);
  const common = groups.filter(isCommon);
  const commonOccurrences = common.reduce((sum, group) => sum + group.occurrences, 0);
  const major = common.length >= SPELLING_ERROR_MIN_WORDS && scan.checked > 0 && commonOccurrences / scan.checked >= SPELLING_ERROR_MIN_SHARE;
  return { groups, major };
}

const verdictCache = new WeakMap<HeavyContext, ReturnType<typeof spellingVerdict>>();
function spellingVerdictOnce(context: HeavyContext) {
  let verdict = verdictCache.get(context);
  if (!verdict) {
    verdict = spellingVerdict(context);
    verdictCache.set(context, verdict);
  }
  return verdict;
}

/**
 * Findings of one spelling rule: with major errors, the common words are errors and the names
 * warnings; otherwise every word is a warning. At most MAX_SPELLING_FINDINGS in all, errors first.
 */
function spellingFindings(context: HeavyContext, severity: "error" | "warning"): RuleHit[] {
  const { groups, major } = spellingVerdictOnce(context);
  const errors = major ? groups.filter(isCommon) : [];
  const warnings = groups.filter((group) => !errors.includes(group));
  const capped = [...errors, ...warnings].slice(0, MAX_SPELLING_FINDINGS);
  const mine = severity === "error" ? errors : warnings;
  return spellingHits(
    capped.filter((group) => mine.includes(group)),
    severity === "error" ? { count: groups.length } : {},
  );
}

function spellingHits(groups: readonly DoubtfulGroup[], extra: Record<string, number> = {}): RuleHit[] {
  return groups.map(({ first, occurrences }) => ({
    target: { field: first.field.field, start: first.start, end: first.end },
    params: { word: first.word, occurrences, ...extra },
  }));
}

export const LANGUAGE_RULES: readonly RuleDefinition<HeavyContext>[] = [
  defineRule<HeavyContext>({
    id: "language.mismatch",
    severity: "error",
    category: "language",
    cost: "heavy",
    section: "proactive-messages",
    check: (context) => {
      const found = languageFindings(context);
      if (!found) return [];
      if (found.whole.kind === "mismatch") {
        return [{ target: { whole: true }, params: { detected: found.whole.detected, declared: context.language } }];
      }
      return found.blocks;
    },
  }),
  defineRule<HeavyContext>({
    id: "language.undetermined",
    severity: "warning",
    category: "language",
    cost: "heavy",
    section: "proactive-messages",
    check: (context) =>
      languageFindings(context)?.whole.kind === "undetermined" ? [{ target: { whole: true }, params: { declared: context.language } }] : [],
  }),
  defineRule<HeavyContext>({
    id: SPELLING_RULE_IDS[0],
    severity: "warning",
    category: "language",
    cost: "heavy",
    section: "styling",
    check: (context) => spellingFindings(context, "warning"),
  }),
  defineRule<HeavyContext>({
    id: SPELLING_RULE_IDS[1],
    severity: "error",
    category: "language",
    cost: "heavy",
    section: "styling",
    check: (context) => spellingFindings(context, "error"),
  }),
];
