/**
 * The organisation's glossary as translation checks: for every entry whose term occurs in the
 * source (subject or body), the translation must not use the forbidden rendering
 * (glossary.forbidden-term, on the exact words), must keep a do-not-translate term as it is
 * (glossary.untranslated-term-missing) and should use the preferred rendering
 * (glossary.preferred-term-missing). Like parity.ts it compares a translation with its source, on
 * the same text extraction (doc-text.ts), and is pure: the translator's workspace runs it on every
 * keystroke, the server on every save and at the gate.
 *
 * Matching: case-insensitive (except do-not-translate, see below), whole words, Unicode-aware
 * (\p{L}, so "Zustellung" is not found inside "Paketzustellung" or "Zustellungsdatum"). A term whose
 * last word has at least five letters may carry a short inflected ending of up to three letters,
 * as organisation rules' word patterns may: a forbidden "Zustellung" is found in "Zustellungen"
 * (the plural of a forbidden word is still the forbidden word) and a preferred "Lieferung" is
 * satisfied by "Lieferungen". Shorter terms match only as written, so a forbidden "car" never
 * flags "card". Compounds are not taken apart: "Zustellungsdatum" is another word. In scripts
 * written without spaces (ja, zh, th) a term matches anywhere. A do-not-translate term (a brand, a
 * product name) must appear unchanged, so its match in the translation is case-sensitive.
 */
import { docToTextView, plainTextView, type TextView } from "./doc-text";
import { runRulesOn } from "./findings";
import { languageOfLocale } from "./languages";
import type { GlossaryEntry, GlossaryTranslation, OrgGlossary } from "./org-policy";
import { UNSPACED_LANGUAGES } from "./org-rules";
import type { ParitySide } from "./parity";
import { foldForMatching } from "./phrases/compile";
import { defineRule } from "./rules/define";
import type { Finding, RuleDefinition, RuleHit } from "./types";

type Field = "body" | "subject";

export interface GlossaryContext {
  glossary: OrgGlossary;
  /** Entries whose term occurs in the source, with their rendering in the target's language. */
  matched: Array<{ entry: GlossaryEntry; text: string; status: GlossaryEntry["translations"][string]["status"] }>;
  targetLanguage: string;
  target: Array<{ field: Field; view: TextView }>;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const MIN_LETTERS_FOR_ENDING = 5;
const regexCache = new Map<string, RegExp>();

/** The term as a regular expression for `language` (see the header for the matching rules). */
export function glossaryTermRegex(term: string, language: string, caseSensitive = false): RegExp {
  const cacheKey = `${language}|${caseSensitive ? 1 : 0}|${term}`;
  const cached = regexCache.get(cacheKey);
  if (cached) return cached;
  const parts = foldForMatching(term.trim(), language).split(/\s+/);
  const words = parts.map(escapeRegex).join("\\s+");
  const flags = caseSensitive ? "gu" : "giu";
  let regex: RegExp;
  if (UNSPACED_LANGUAGES.has(language)) regex = new RegExp(words, flags);
  else {
    const ending = [...parts[parts.length - 1]].length >= MIN_LETTERS_FOR_ENDING ? "\\p{L}{0,3}" : "";
    regex = new RegExp(`(?<![\\p{L}\\p{N}])${words}${ending}(?![\\p{L}\\p{N}])`, flags);
  }
  if (regexCache.size > 5000) regexCache.clear();
  regexCache.set(cacheKey, regex);
  return regex;
}

/** Where `term` occurs in `text`: [start, end) offsets. */
export function findTerm(term: string, language: string, text: string, caseSensitive = false): Array<{ start: number; end: number }> {
  if (term.trim() === "") return [];
  const found: Array<{ start: number; end: number }> = [];
  for (const match of foldForMatching(text, language).matchAll(glossaryTermRegex(term, language, caseSensitive))) {
    if (match[0].length > 0) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function occursIn(term: string, language: string, views: Array<{ view: TextView }>, caseSensitive = false): boolean {
  return views.some(({ view }) => findTerm(term, language, view.text, caseSensitive).length > 0);
}

function paramsOf(entry: GlossaryEntry, translation: string) {
  return { term: entry.term, note: entry.note, translation };
}

export const GLOSSARY_RULES: readonly RuleDefinition<GlossaryContext>[] = [
  defineRule<GlossaryContext>({
    id: "glossary.forbidden-term",
    severity: "warning",
    category: "language",
    section: "organisation",
    check: ({ glossary, matched, target, targetLanguage }) =>
      matched
        .filter((m) => m.status === "forbidden")
        .flatMap(({ entry, text }) =>
          target.flatMap(({ field, view }) =>
            findTerm(text, targetLanguage, view.text).map((at): RuleHit => ({
              target: { field, start: at.start, end: at.end },
              params: paramsOf(entry, text),
              severity: glossary.forbiddenIsError ? "error" : "warning",
            })),
          ),
        ),
  }),
  defineRule<GlossaryContext>({
    id: "glossary.untranslated-term-missing",
    severity: "warning",
    category: "language",
    section: "organisation",
    check: ({ glossary, matched, target, targetLanguage }) =>
      matched
        .filter((m) => m.status === "do-not-translate" && !occursIn(m.entry.term, targetLanguage, target, true))
        .map(({ entry }): RuleHit => ({
          // Nothing in the translation to point at; the excerpt is the term, so that each missing
          // term has its own acknowledgement.
          target: { whole: true },
          params: paramsOf(entry, entry.term),
          excerpt: entry.term,
          severity: glossary.untranslatedMissingIsError ? "error" : "warning",
        })),
  }),
  defineRule<GlossaryContext>({
    id: "glossary.preferred-term-missing",
    severity: "warning",
    category: "language",
    section: "organisation",
    check: ({ matched, target, targetLanguage }) =>
      matched
        .filter((m) => m.status === "preferred" && !occursIn(m.text, targetLanguage, target))
        .map(({ entry, text }): RuleHit => ({ target: { whole: true }, params: paramsOf(entry, text), excerpt: entry.term })),
  }),
];

/**
 * How `entry` is to be rendered in `targetLanguage` when translating from `sourceLanguage`, or null
 * when it has nothing to say there: the checks and the translators' Glossary region use this one
 * rule (an entry of another source language, no rendering for the target, a rendering left empty).
 */
export function glossaryRendering(entry: GlossaryEntry, sourceLanguage: string, targetLanguage: string): GlossaryTranslation | null {
  if (entry.sourceLanguage !== sourceLanguage || sourceLanguage === targetLanguage) return null;
  const translation = entry.translations[targetLanguage] as GlossaryTranslation | undefined;
  if (!translation) return null;
  return translation.status !== "do-not-translate" && translation.text.trim() === "" ? null : translation;
}

/**
 * Glossary findings for the translation `target` of `source`; locations are in the target (body
 * positions for the editor, subject offsets). Only entries in the source's language with a
 * rendering for the target's language take part.
 */
export function checkGlossary(glossary: OrgGlossary | null | undefined, source: ParitySide, target: ParitySide): Finding[] {
  if (!glossary || glossary.entries.length === 0) return [];
  const sourceLanguage = languageOfLocale(source.locale);
  const targetLanguage = languageOfLocale(target.locale);
  if (sourceLanguage === targetLanguage) return [];
  const sourceViews = [{ view: plainTextView(source.subject) }, { view: docToTextView(source.doc) }];
  const matched: GlossaryContext["matched"] = [];
  for (const entry of glossary.entries) {
    const translation = glossaryRendering(entry, sourceLanguage, targetLanguage);
    if (!translation || !occursIn(entry.term, sourceLanguage, sourceViews)) continue;
    matched.push({ entry, text: translation.text, status: translation.status });
  }
  if (matched.length === 0) return [];
  const body = docToTextView(target.doc);
  const subject = plainTextView(target.subject);
  const context: GlossaryContext = { glossary, matched, targetLanguage, target: [{ field: "subject", view: subject }, { field: "body", view: body }] };
  return runRulesOn(GLOSSARY_RULES, context, { body, subject });
}
