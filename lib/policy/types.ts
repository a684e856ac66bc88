/**
 * The shapes the policy engine speaks: rules, findings and results. Domain code returns i18n keys
 * and params here, never English text; `localize.ts` turns a finding into words for a reader.
 */
import type { PurposeId } from "./purposes";

/** `error` blocks approval; `warning` needs an acknowledgement with a reason. */
export type Severity = "error" | "warning";

export type Verdict = "pass" | "warn" | "block";

/** Sections of Amazon's Communication Guidelines that our rules enforce (keys in policy:sections.*). */
export const GUIDELINE_SECTIONS = [
  "proactive-messages",
  "not-permitted-messages",
  "prohibited-content",
  "styling",
  "subject-lines",
  "order-status",
  "messaging-api",
  /** Not Amazon's: the organisation's own rules (org-rules.ts). */
  "organisation",
] as const;
export type GuidelineSection = (typeof GUIDELINE_SECTIONS)[number];

/**
 * Which guideline a rule enforces: the section, and our own one-line summary of the guideline
 * (an i18n key in the policy namespace, so the citation reads in the reader's UI language).
 */
export interface Citation {
  section: GuidelineSection;
  textKey: string;
}

export type RuleCategory = "styling" | "content" | "links" | "structure" | "language";

/**
 * `cheap` rules are pure and synchronous and run in the browser on every keystroke;
 * `heavy` rules (language detection, spelling) need data that only the server loads.
 */
export type RuleCost = "cheap" | "heavy";

/** Where in a variant a finding points. */
export type FindingLocation =
  /** ProseMirror positions in the body document, for the editor. */
  | { from: number; to: number }
  /** 1-based line and column in the raw input (styling rules on imported HTML or text, the CLI). */
  | { line: number; column: number }
  /** UTF-16 offsets in the subject line. */
  | { field: "subject"; from: number; to: number }
  /** The finding is about the variant as a whole (e.g. no order ID anywhere). */
  | null;

export type FindingParams = Record<string, string | number>;

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageKey: string;
  hintKey: string;
  params: FindingParams;
  /** The offending text as the reader sees it (empty for whole-variant findings). */
  excerpt: string;
  location: FindingLocation;
  citation: Citation;
}

export interface PolicyResult {
  policyVersion: string;
  findings: Finding[];
  verdict: Verdict;
}

/** A place a rule points at, before the engine turns it into a FindingLocation. */
export type HitTarget =
  | { field: "body" | "subject"; start: number; end: number }
  /** UTF-16 offsets in the raw input (HTML or plain text) the author supplied. */
  | { source: true; start: number; end: number }
  /** A leaf node of the body document (an image), by its ProseMirror position. */
  | { node: number }
  | { whole: true };

export interface RuleHit {
  target: HitTarget;
  params?: FindingParams;
  /** Overrides the excerpt the engine would cut from the target (e.g. an image's src). */
  excerpt?: string;
  /**
   * Overrides the rule's severity for this hit: one rule whose weight depends on what it found
   * (parity.added: an added discount blocks, an added date only warns).
   */
  severity?: Severity;
}

/** A rule as data: identity, severity, scope, texts and citation, plus the check itself. */
export interface RuleDefinition<Context> {
  /** Stable id, e.g. "content.marketing"; stored with acknowledgements, never renamed. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  cost: RuleCost;
  /** Purposes the rule applies to. */
  purposes: readonly PurposeId[];
  messageKey: string;
  hintKey: string;
  citation: Citation;
  check: (context: Context) => RuleHit[];
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((finding) => finding.severity === "error")) return "block";
  return findings.length > 0 ? "warn" : "pass";
}
