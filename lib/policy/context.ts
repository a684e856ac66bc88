/**
 * What the cheap rules read: the variant's body and subject as text views (with sentences and
 * phrase matches computed once and shared), the raw HTML scan when the input came as HTML, and the
 * purpose's record. Pure: runs in the browser.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { analyse, type FieldAnalysis } from "./concepts/analysis";
import { lexiconFor } from "./concepts/index";
import { docToTextView, plainTextView, splitSentences, type Sentence, type TextView } from "./doc-text";
import { scanHtml, type HtmlScan } from "./html-scan";
import { languageOfLocale } from "./languages";
import type { OrgLinkHosts } from "./links";
import type { OrgRule } from "./org-policy";
import { findPhrases, foldForMatching, type CompiledPhrases, type PhraseMatch } from "./phrases/compile";
import { phrasesFor } from "./phrases/index";
import type { PhraseCategory } from "./phrases/types";
import { getPurpose, type Purpose, type PurposeId } from "./purposes";

export interface VariantInput {
  purpose: PurposeId;
  /** The variant's buyer locale, BCP 47 (e.g. "de-DE"). */
  locale: string;
  subject: string;
  /** The body as stored by the editor. */
  doc?: DocJSON;
  /** Raw HTML as the author supplied it (imports, the CLI), for the styling rules. */
  html?: string;
  /**
   * Raw plain text as the author supplied it (a .txt import), for the styling rules: the editor's
   * normaliser already removes emoji and extra line breaks from the document, so they can only be
   * found, and located, in the raw input.
   */
  text?: string;
  /** The organisation's words that spelling must accept (brand and product names). */
  allowedWords?: readonly string[];
  /** The organisation's hosts for link kinds we cannot recognise ourselves. */
  linkHosts?: OrgLinkHosts;
  /** The organisation's own rules (org-policy.ts); they only ever add findings. */
  orgRules?: readonly OrgRule[];
  /** Reader's UI language; the node engine adds localised texts when given. */
  uiLanguage?: "en" | "de";
}

export interface FieldText {
  field: "body" | "subject";
  view: TextView;
  /** view.text folded for matching (same length). */
  folded: string;
  sentences: Sentence[];
}

export interface CheckContext {
  purpose: Purpose;
  locale: string;
  language: string;
  body: FieldText;
  subject: FieldText;
  /** The raw input, when there is one; `html` is its scan when it is HTML. */
  source: { kind: "html" | "text"; text: string } | null;
  html: HtmlScan | null;
  phrases: CompiledPhrases | null;
  linkHosts: OrgLinkHosts;
  allowedWords: readonly string[];
  /** Phrase matches of one category in one field, computed once. */
  matches(field: FieldText, category: PhraseCategory): PhraseMatch[];
  /** The field's words and concepts (see concepts/), computed once. */
  concepts(field: FieldText): FieldAnalysis;
}

function fieldText(field: FieldText["field"], view: TextView, language: string): FieldText {
  return { field, view, folded: foldForMatching(view.text, language), sentences: splitSentences(view.text) };
}

const EMPTY_DOC: DocJSON = { type: "doc", content: [] };

export function createCheckContext(input: VariantInput): CheckContext {
  const language = languageOfLocale(input.locale);
  const phrases = phrasesFor(language);
  const body = fieldText("body", docToTextView(input.doc ?? EMPTY_DOC), language);
  const subject = fieldText("subject", plainTextView(input.subject), language);
  const cache = new Map<string, PhraseMatch[]>();
  const analyses = new Map<FieldText, FieldAnalysis>();
  return {
    purpose: getPurpose(input.purpose),
    locale: input.locale,
    language,
    body,
    subject,
    source: input.html !== undefined ? { kind: "html", text: input.html } : input.text !== undefined ? { kind: "text", text: input.text } : null,
    html: input.html === undefined ? null : scanHtml(input.html),
    phrases,
    linkHosts: input.linkHosts ?? {},
    allowedWords: input.allowedWords ?? [],
    matches(field, category) {
      const key = `${field.field}:${category}`;
      let result = cache.get(key);
      if (!result) {
        result = phrases ? findPhrases(phrases, category, field.folded) : [];
        cache.set(key, result);
      }
      return result;
    },
    concepts(field) {
      let analysis = analyses.get(field);
      if (!analysis) {
        analysis = analyse(field.view.text, field.sentences, language, lexiconFor(language), input.purpose === "customization" ? "design" : null);
        analyses.set(field, analysis);
      }
      return analysis;
    },
  };
}

/** Index of the sentence containing offset, or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid];
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
