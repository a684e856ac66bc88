/**
 * The policy check of an attachment's text, page by page, with the same engine, rules and phrase
 * lists as a message's text: each page becomes a document exactly as a plain-text template would
 * (the editor's normalizeText), and the rules run on it through the engine's runRules.
 *
 * Which rules: those about what a text says — the catalogue's "content" and "links" categories
 * (marketing and promotion, incentives, review requests and review manipulation, links, e-mail
 * addresses, phone numbers, off-Amazon contact), the organisation's own rules and the glossary's
 * forbidden terms — except the few in MESSAGE_ONLY_RULES. Left out by category: "structure" (order
 * ID, text budget, placeholders, review-request wording: a file is not the message),
 * "styling" (HTML and layout of the message), and "language" (language detection and spelling:
 * they need the server's dictionaries, which this synchronous check does not load, a scanned
 * manual's text would flood spelling with extraction artefacts, and manuals are often printed in
 * several languages at once, so a language mismatch would be noise).
 *
 * Findings carry the page (1-based); their `location` points into that page's document.
 */
import { normalizeText } from "@/lib/editor/normalize-text";
import { createCheckContext, type CheckContext } from "@/lib/policy/context";
import { runRules, runRulesOn } from "@/lib/policy/findings";
import { GLOSSARY_RULES, type GlossaryContext } from "@/lib/policy/glossary";
import { languageOfLocale } from "@/lib/policy/languages";
import { orgCheckInput, type OrgPolicy } from "@/lib/policy/org-policy";
import { orgRuleDefinitions } from "@/lib/policy/org-rules";
import type { PurposeId } from "@/lib/policy/purposes";
import { CHEAP_RULES } from "@/lib/policy/rules/index";
import type { Finding, RuleCategory, RuleDefinition } from "@/lib/policy/types";

export type AttachmentFinding = Finding & { page: number };

const FILE_CATEGORIES: ReadonlySet<RuleCategory> = new Set(["content", "links"]);

/**
 * Content rules that judge the message as a whole or its subject line, not what a text says: a
 * warranty card that says nothing but "Thank you" is not a purposeless message. One list here,
 * because the catalogue has no attribute for "about the message's form"; check-text.test.ts checks
 * that every id is in the catalogue, so a renamed rule cannot silently slip back in.
 */
export const MESSAGE_ONLY_RULES: readonly string[] = [
  "content.only-thanks",
  "content.only-help-offer",
  "content.only-confirmation",
  "content.subject-tag",
];

/** The catalogue's rules that run on an attachment's text. */
export const ATTACHMENT_TEXT_RULES: readonly RuleDefinition<CheckContext>[] = CHEAP_RULES.filter(
  (rule) => FILE_CATEGORIES.has(rule.category) && !MESSAGE_ONLY_RULES.includes(rule.id),
);

const FORBIDDEN_TERM_RULES = GLOSSARY_RULES.filter((rule) => rule.id === "glossary.forbidden-term");

/**
 * The glossary's forbidden renderings in the attachment's language, wherever they occur. A message
 * translation is checked only for terms its source uses; a file has no source, so every forbidden
 * rendering of the language counts.
 */
function forbiddenTermFindings(policy: OrgPolicy | null | undefined, context: CheckContext): Finding[] {
  const glossary = policy?.glossary;
  if (!glossary || glossary.entries.length === 0) return [];
  const language = languageOfLocale(context.locale);
  const matched: GlossaryContext["matched"] = [];
  for (const entry of glossary.entries) {
    const translation = Object.hasOwn(entry.translations, language) ? entry.translations[language] : undefined;
    if (translation?.status === "forbidden" && translation.text.trim() !== "") {
      matched.push({ entry, text: translation.text, status: translation.status });
    }
  }
  if (matched.length === 0) return [];
  const glossaryContext: GlossaryContext = { glossary, matched, targetLanguage: language, target: [{ field: "body", view: context.body.view }] };
  return runRulesOn(FORBIDDEN_TERM_RULES, glossaryContext, { body: context.body.view });
}

/**
 * Files are often not in one language: a German warranty card with an English coupon slipped in,
 * a manual printed in several languages. The content rules run in the variant's language and in
 * English (the language of most inserted promotions and of most manuals); a finding both make once
 * is reported once.
 */
const SECOND_LANGUAGE_LOCALE = "en-US";

export function checkAttachmentText(input: {
  pages: readonly string[];
  purpose: PurposeId;
  locale: string;
  allowedWords?: readonly string[];
  orgPolicy?: OrgPolicy | null;
}): AttachmentFinding[] {
  const rules = [...ATTACHMENT_TEXT_RULES, ...orgRuleDefinitions(input.orgPolicy?.rules)];
  const org = orgCheckInput(input.orgPolicy);
  const locales = languageOfLocale(input.locale) === languageOfLocale(SECOND_LANGUAGE_LOCALE) ? [input.locale] : [input.locale, SECOND_LANGUAGE_LOCALE];
  return input.pages.flatMap((text, index) => {
    if (text.trim() === "") return [];
    const doc = normalizeText(text).doc;
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const locale of locales) {
      const context = createCheckContext({ purpose: input.purpose, locale, subject: "", doc, allowedWords: input.allowedWords, linkHosts: org.linkHosts });
      // The glossary's forbidden terms belong to the variant's language only.
      const found = [...runRules(rules, context), ...(locale === input.locale ? forbiddenTermFindings(input.orgPolicy, context) : [])];
      for (const finding of found) {
        const key = `${finding.ruleId}\u0000${finding.excerpt ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(finding);
      }
    }
    return findings.map((finding) => ({ ...finding, page: index + 1 }));
  });
}
