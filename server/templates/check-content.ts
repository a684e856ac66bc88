import "server-only";
import type { DocJSON } from "@/lib/editor/extensions";
import { renderPreviewHtml } from "@/lib/editor/render-html";
import { checkVariant } from "@/lib/policy/engine";
import { orgCheckInput, type OrgPolicy } from "@/lib/policy/org-policy";
import { checkGlossary } from "@/lib/policy/glossary";
import { checkTranslationParity, type ParitySide } from "@/lib/policy/parity";
import { variantContentHash } from "@/lib/workflow/content-hash";
import type { PurposeId } from "@/lib/policy/purposes";
import { checkAccessibility } from "@/lib/a11y/server-runner";
import { isEmptyDoc } from "@/lib/templates/text";
import type { VariantChecks } from "@/db/queries/variant-writes";

export interface ContentToCheck {
  purpose: PurposeId;
  locale: string;
  subject: string;
  doc: DocJSON;
  allowedWords: readonly string[];
  /** The organisation's link hosts and own rules. */
  orgPolicy?: OrgPolicy | null;
  /** For a translation: the source variant, for placeholder and commitment parity and the glossary. */
  source?: ParitySide | null;
}

/** The policy and accessibility checks every save runs, on the content exactly as it is stored. */
export async function checkContent(content: ContentToCheck): Promise<VariantChecks> {
  const hash = variantContentHash(content.subject, content.doc);
  if (isEmptyDoc(content.doc) && !content.subject.trim()) {
    return { contentHash: hash, findings: [], policyVersion: null, a11y: null };
  }
  const [policy, a11y] = await Promise.all([
    checkVariant({ purpose: content.purpose, locale: content.locale, subject: content.subject, doc: content.doc, allowedWords: content.allowedWords, ...orgCheckInput(content.orgPolicy) }),
    checkAccessibility(renderPreviewHtml(content.doc, content.locale), { locale: content.locale }),
  ]);
  const target = { locale: content.locale, subject: content.subject, doc: content.doc };
  const parity = content.source ? [...checkTranslationParity(content.source, target), ...checkGlossary(content.orgPolicy?.glossary, content.source, target)] : [];
  return { contentHash: hash, findings: [...policy.findings, ...parity], policyVersion: policy.policyVersion, a11y };
}
