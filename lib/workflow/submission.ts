/**
 * Whether a version may be submitted for review, and if not, every reason, one problem per thing
 * the author must fix, each pointing at a locale and a kind so the submit screen can link to it.
 *
 * A version is ready when the source variant has content (draft or translated), every other required
 * locale is `translated` (not missing, not draft, not outdated), and every variant with content has
 * policy and accessibility results made for its current content under the current policy version,
 * with no policy errors, every warning acknowledged with a reason, and no accessibility violations.
 */
import { NODE, type NodeJSON } from "@/lib/editor/extensions";
import type { Severity } from "@/lib/policy/types";
import { POLICY_VERSION } from "@/lib/policy/version";
import type { VariantStatus } from "@/lib/templates/model";

export const SUBMISSION_PROBLEM_KINDS = [
  "empty-source",
  "missing-variant",
  "untranslated-variant",
  "outdated-variant",
  "stale-check",
  "policy-error",
  "unacknowledged-warning",
  "a11y-violation",
  "open-threads",
  "attachment-missing",
  "attachment-error",
] as const;
export type SubmissionProblemKind = (typeof SUBMISSION_PROBLEM_KINDS)[number];

export type CheckKind = "policy" | "a11y";

export interface PolicyFindingInput {
  ruleId: string;
  severity: Severity;
  /**
   * The key acknowledgements are stored under. Pass the policy gate's key (findingKeys in
   * lib/policy/gate) so an acknowledgement covers one flagged text; defaults to the rule id, which
   * makes one acknowledgement cover every warning of that rule in the variant.
   */
  ackKey?: string;
}

export interface PolicyCheckInput {
  /** The variant content hash (variantContentHash) the check was made for. */
  contentHash: string;
  policyVersion: string;
  findings: readonly PolicyFindingInput[];
}

export interface A11yCheckInput {
  /** The variant content hash the check was made for. */
  contentHash: string;
  violations: readonly { ruleId: string }[];
}

export interface VariantReadinessInput {
  locale: string;
  status: VariantStatus;
  /** True when the variant has no text in subject or body (see isEmptyVariant). */
  empty?: boolean;
  /** variantContentHash of the variant as it is now. */
  contentHash: string;
  /** The latest stored policy result, if any. */
  policy?: PolicyCheckInput | null;
  /** Acknowledged warnings: ack key (or rule id) → the reason given. */
  acknowledgedWarnings?: Readonly<Record<string, string>>;
  /** The latest stored accessibility result, if any. */
  a11y?: A11yCheckInput | null;
  /** Rule ids of the error findings in the variant's files (issue 20). */
  attachmentErrors?: readonly string[];
  /** How many more files the purpose's Amazon operation needs than the variant has. */
  attachmentsMissing?: number;
}

export interface SubmissionInput {
  sourceLocale: string;
  /** Locales the template must exist in; the source locale may or may not be among them. */
  requiredLocales: readonly string[];
  variants: readonly VariantReadinessInput[];
  /** The policy version in force; results made under another one are stale. */
  policyVersion?: string;
  /** The locale of each unresolved comment thread, and whether the organisation lets them block submission. */
  openThreadLocales?: readonly string[];
  threadsBlockSubmission?: boolean;
}

export interface SubmissionProblem {
  kind: SubmissionProblemKind;
  locale: string;
  ruleId?: string;
  /** For stale-check: which check must be run again. */
  check?: CheckKind;
  /** `workflow:submission.<kind>` (stale checks: `workflow:submission.stale-check.<check>`). */
  messageKey: string;
  params: Record<string, string | number>;
}

export interface SubmissionReadiness {
  ready: boolean;
  problems: SubmissionProblem[];
}

function hasContent(node: NodeJSON): boolean {
  if (node.type === NODE.text) return (node.text ?? "").trim().length > 0;
  if (node.type === NODE.placeholder || node.type === NODE.image) return true;
  return (node.content ?? []).some(hasContent);
}

/** A variant with neither subject text nor any text, placeholder or image in its body. */
export function isEmptyVariant(subject: string, doc: NodeJSON | null | undefined): boolean {
  return subject.trim().length === 0 && !(doc && hasContent(doc));
}

function problem(
  kind: SubmissionProblemKind,
  locale: string,
  extra: { ruleId?: string; check?: CheckKind; count?: number } = {},
): SubmissionProblem {
  const { ruleId, check, count } = extra;
  const params: Record<string, string | number> = { locale };
  if (ruleId !== undefined) params.ruleId = ruleId;
  if (count !== undefined) params.count = count;
  return {
    kind,
    locale,
    ...(ruleId !== undefined ? { ruleId } : {}),
    ...(check ? { check } : {}),
    messageKey: check ? `workflow:submission.${kind}.${check}` : `workflow:submission.${kind}`,
    params,
  };
}

/** One problem per rule, with how many times it occurs (the screen lists rules, not every hit). */
function perRule(kind: SubmissionProblemKind, locale: string, ruleIds: readonly string[]): SubmissionProblem[] {
  const counts = new Map<string, number>();
  for (const ruleId of ruleIds) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return [...counts].map(([ruleId, count]) => problem(kind, locale, { ruleId, count }));
}

function statusProblems(variant: VariantReadinessInput | undefined, locale: string, isSource: boolean): SubmissionProblem[] {
  const status = variant?.status ?? "missing";
  if (isSource) {
    if (status === "missing" || variant?.empty) return [problem("empty-source", locale)];
    return status === "outdated" ? [problem("outdated-variant", locale)] : [];
  }
  if (status === "missing" || variant?.empty) return [problem("missing-variant", locale)];
  if (status === "outdated") return [problem("outdated-variant", locale)];
  if (status === "draft") return [problem("untranslated-variant", locale)];
  return [];
}

function checkProblems(variant: VariantReadinessInput, policyVersion: string): SubmissionProblem[] {
  const { locale, policy, a11y } = variant;
  const problems: SubmissionProblem[] = [];
  if (!policy || policy.contentHash !== variant.contentHash || policy.policyVersion !== policyVersion) {
    problems.push(problem("stale-check", locale, { check: "policy" }));
  } else {
    const acknowledged = variant.acknowledgedWarnings ?? {};
    const isAcknowledged = (finding: PolicyFindingInput) =>
      (acknowledged[finding.ackKey ?? finding.ruleId] ?? "").trim().length > 0;
    const errors = policy.findings.filter((f) => f.severity === "error");
    const unacknowledged = policy.findings.filter((f) => f.severity === "warning" && !isAcknowledged(f));
    problems.push(...perRule("policy-error", locale, errors.map((f) => f.ruleId)));
    problems.push(...perRule("unacknowledged-warning", locale, unacknowledged.map((f) => f.ruleId)));
  }
  if (!a11y || a11y.contentHash !== variant.contentHash) {
    problems.push(problem("stale-check", locale, { check: "a11y" }));
  } else {
    problems.push(...perRule("a11y-violation", locale, a11y.violations.map((v) => v.ruleId)));
  }
  return problems;
}

/**
 * Problems in reading order: the source locale first, then the required locales in the order given,
 * then any other variant with content (it would be published too, so it must pass as well).
 */
export function submissionReadiness(input: SubmissionInput): SubmissionReadiness {
  const policyVersion = input.policyVersion ?? POLICY_VERSION;
  const byLocale = new Map(input.variants.map((variant) => [variant.locale, variant]));
  const extra = input.variants.filter((v) => v.status !== "missing" && !v.empty).map((v) => v.locale);
  const locales = [...new Set([input.sourceLocale, ...input.requiredLocales, ...extra])];
  const problems: SubmissionProblem[] = [];
  for (const locale of locales) {
    const variant = byLocale.get(locale);
    problems.push(...statusProblems(variant, locale, locale === input.sourceLocale));
    if (variant && variant.status !== "missing" && !variant.empty) problems.push(...checkProblems(variant, policyVersion));
    if (variant?.attachmentsMissing) problems.push(problem("attachment-missing", locale, { count: variant.attachmentsMissing }));
    if (variant?.attachmentErrors?.length) problems.push(...perRule("attachment-error", locale, variant.attachmentErrors));
  }
  if (input.threadsBlockSubmission) {
    const threadLocales = input.openThreadLocales ?? [];
    for (const locale of [...new Set([...locales, ...threadLocales])]) {
      const count = threadLocales.filter((l) => l === locale).length;
      if (count > 0) problems.push(problem("open-threads", locale, { count }));
    }
  }
  return { ready: problems.length === 0, problems };
}
