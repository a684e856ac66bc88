/**
 * The full policy check (server, CLI, approval gate): the cheap rules plus language detection and
 * spelling. Node only — it loads eld's n-gram data and hunspell dictionaries, each once per
 * process, on first use.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeDocument, normalizeText } from "@/lib/editor/normalize";
import { createCheckContext, type VariantInput } from "./context";
import { runRules } from "./findings";
import { PRODUCT_LANGUAGES } from "./languages";
import { loadLanguageDetector } from "./language/detect";
import { loadSpeller, SPELLING_LANGUAGES, type Speller } from "./language/spelling";
import type { LocalizedFinding } from "./localize";
import { localizeFindings } from "./localize-server";
import { orgRuleDefinitions } from "./org-rules";
import { CHEAP_RULES } from "./rules/index";
import { LANGUAGE_RULES, type HeavyContext } from "./rules/language";
import { verdictOf, type PolicyResult } from "./types";
import { POLICY_VERSION } from "./version";

export type { VariantInput } from "./context";

export interface CheckOptions {
  /** "cheap" skips language detection and spelling (what the browser runs); default "all". */
  only?: "cheap" | "all";
}

export interface CheckResult extends PolicyResult {
  /** Messages, hints and citations in `input.uiLanguage`, parallel to `findings`, when asked for. */
  localized?: LocalizedFinding[];
}

/**
 * The document the rules read: the stored one, or the raw input normalised the way the editor
 * would store it. Throws the editor's DocumentRejectedError for input that cannot be a document.
 */
function documentOf(input: VariantInput): DocJSON | undefined {
  if (input.doc) return input.doc;
  if (input.html !== undefined) return normalizeDocument({ html: input.html }).doc;
  if (input.text !== undefined) return normalizeText(input.text).doc;
  return undefined;
}

/**
 * The English speller for a message in another language that has a speller: English words mixed
 * into it are told apart from misspellings (HeavyContext.englishSpeller).
 */
function englishSpellerFor(language: string): Promise<Speller | null> {
  return language !== "en" && SPELLING_LANGUAGES.includes(language) ? loadSpeller("en") : Promise.resolve(null);
}

export async function checkVariant(input: VariantInput, options: CheckOptions = {}): Promise<CheckResult> {
  const context = createCheckContext({ ...input, doc: documentOf(input) });
  const heavy = options.only !== "cheap";
  const [detector, speller, englishSpeller] = heavy
    ? await Promise.all([
        PRODUCT_LANGUAGES.includes(context.language) ? loadLanguageDetector() : null,
        loadSpeller(context.language),
        englishSpellerFor(context.language),
      ])
    : [null, null, null];
  const heavyContext: HeavyContext = { ...context, detector, speller, englishSpeller };
  const orgRules = orgRuleDefinitions(input.orgRules);
  const findings = runRules(heavy ? [...CHEAP_RULES, ...LANGUAGE_RULES, ...orgRules] : [...CHEAP_RULES, ...orgRules], heavyContext);
  const result: CheckResult = { policyVersion: POLICY_VERSION, findings, verdict: verdictOf(findings) };
  if (input.uiLanguage) result.localized = localizeFindings(findings, input.uiLanguage);
  return result;
}

/** Loads the language's dictionary and the detector ahead of time (server start, benchmarks). */
export async function warmUp(locale: string): Promise<void> {
  const language = createCheckContext({ purpose: "buyer-reply", locale, subject: "" }).language;
  await Promise.all([loadLanguageDetector(), loadSpeller(language), englishSpellerFor(language)]);
}
