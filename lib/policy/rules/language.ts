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
import { letterWeight } from "../text-measure";
import type { RuleDefinition, RuleHit } from "../types";
import { defineRule } from "./define";

export interface HeavyContext extends CheckContext {
  detector: LanguageDetector | null;
  speller: Speller | null;
}

/** Below this much text (letters, CJK counted double) no detector can tell languages apart. */
export const MIN_LETTERS_FOR_DETECTION = 20;
/** A single block must be this long before it alone can contradict the declared language. */
export const MIN_LETTERS_PER_BLOCK = 60;
/** The declared language still counts as plausible within this share of the best score. */
const PLAUSIBLE_SCORE_SHARE = 0.9;
/** Distinct doubtful words from which spelling blocks approval instead of warning. */
export const SPELLING_ERROR_THRESHOLD = 2;
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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const LATIN_LANGUAGES = new Set(["en", "de", "fr", "es", "it", "nl", "sv", "pl", "tr", "pt"]);

function skipWord(word: string, language: string, allowed: ReadonlySet<string>): boolean {
  if (word.length < 2 || /\p{N}/u.test(word)) return true;
  // Acronyms and codes: "DHL", "ASIN", "EU".
  if (word === word.toLocaleUpperCase(language) && word !== word.toLocaleLowerCase(language)) return true;
  // Words in another script (a Japanese product name in a German message) are not ours to judge.
  if (LATIN_LANGUAGES.has(language) && /[^\p{Script=Latin}\p{M}'’-]/u.test(word)) return true;
  return allowed.has(word.toLocaleLowerCase(language));
}

interface Doubtful {
  field: FieldText;
  start: number;
  end: number;
  word: string;
}

const doubtfulCache = new WeakMap<HeavyContext, Doubtful[]>();

function doubtfulWords(context: HeavyContext): Doubtful[] {
  const { speller, language } = context;
  if (!speller) return [];
  const cached = doubtfulCache.get(context);
  if (cached) return cached;
  const allowed = new Set(
    [...ALWAYS_ALLOWED, ...context.allowedWords]
      .flatMap((entry) => entry.split(/\s+/))
      .filter(Boolean)
      .map((word) => word.toLocaleLowerCase(language)),
  );
  const result: Doubtful[] = [];
  for (const field of [context.subject, context.body]) {
    for (const m of proseOf(field).matchAll(WORD)) {
      const word = m[0].replace(/’/g, "'");
      if (skipWord(word, language, allowed)) continue;
      if (!speller.isCorrect(word)) result.push({ field, start: m.index, end: m.index + m[0].length, word });
    }
  }
  doubtfulCache.set(context, result);
  return result;
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

function spellingHits(groups: readonly DoubtfulGroup[], extra: Record<string, number> = {}): RuleHit[] {
  return groups.slice(0, MAX_SPELLING_FINDINGS).map(({ first, occurrences }) => ({
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
    id: "language.spelling-doubtful",
    severity: "warning",
    category: "language",
    cost: "heavy",
    section: "styling",
    check: (context) => {
      const groups = doubtfulGroups(doubtfulWords(context), context.language);
      return groups.length < SPELLING_ERROR_THRESHOLD ? spellingHits(groups) : [];
    },
  }),
  defineRule<HeavyContext>({
    id: "language.spelling-errors",
    severity: "error",
    category: "language",
    cost: "heavy",
    section: "styling",
    check: (context) => {
      const groups = doubtfulGroups(doubtfulWords(context), context.language);
      return groups.length >= SPELLING_ERROR_THRESHOLD ? spellingHits(groups, { count: groups.length }) : [];
    },
  }),
];
