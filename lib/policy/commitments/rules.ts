/**
 * Commitment parity as rules: what a translation promises that its source does not (parity.added)
 * and what the source promises that the translation leaves out (parity.dropped). An added gift,
 * voucher, discount or "free" is an error: a translator must not put an incentive into a message
 * the author and the policy checked without one. Everything else warns: a changed date or a lost
 * refund promise may be a mistake or a deliberate local adaptation the approver can acknowledge.
 * Pure: runs in the browser.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { docToTextView, plainTextView, type TextView } from "../doc-text";
import { runRulesOn } from "../findings";
import { languageOfLocale } from "../languages";
import { defineRule } from "../rules/define";
import type { Finding, RuleDefinition, RuleHit } from "../types";
import { compareCommitments } from "./compare";
import { extractCommitments, normalizeUrl } from "./extract";
import { type Commitment, INCENTIVE_CONCEPTS, type TermConcept } from "./types";

export interface ParitySide {
  locale: string;
  subject: string;
  doc: DocJSON;
}

type Field = "body" | "subject";
type Located = Commitment & { field: Field; text: string };

export interface CommitmentContext {
  sourceLanguage: string;
  source: Located[];
  target: Located[];
}

/** A finding's `kind` param, a key of policy:parityKinds: the concept for terms, else the kind. */
function kindParam(c: Commitment): string {
  return c.kind === "term" ? c.value.toLowerCase() : c.kind;
}

function linkCommitments(view: TextView): Commitment[] {
  return view.links.flatMap((link): Commitment[] => {
    const href = link.href.trim();
    const base = { qualifier: null, start: link.start, end: link.end };
    if (/^mailto:/i.test(href)) return [{ kind: "email", value: href.slice(7).split("?")[0].toLowerCase(), ...base }];
    if (/^tel:/i.test(href)) return [{ kind: "phone", value: href.replace(/\D/g, ""), ...base }];
    if (/^https?:\/\//i.test(href)) return [{ kind: "url", value: normalizeUrl(href), ...base }];
    return [];
  });
}

function readSide(fields: { field: Field; view: TextView }[], language: string): Located[] {
  return fields.flatMap(({ field, view }) =>
    [...extractCommitments(view.text, language), ...linkCommitments(view)].map((c) => ({ ...c, field, text: view.text.slice(c.start, c.end) })),
  );
}

export const COMMITMENT_RULES: readonly RuleDefinition<CommitmentContext>[] = [
  defineRule<CommitmentContext>({
    id: "parity.added",
    severity: "warning",
    category: "content",
    section: "not-permitted-messages",
    check: ({ source, target, sourceLanguage }) =>
      compareCommitments(source, target).added.map((c): RuleHit => ({
        target: { field: c.field, start: c.start, end: c.end },
        params: { kind: kindParam(c), target: c.text, sourceLanguage },
        severity: c.kind === "term" && INCENTIVE_CONCEPTS.has(c.value as TermConcept) ? "error" : "warning",
      })),
  }),
  defineRule<CommitmentContext>({
    id: "parity.dropped",
    severity: "warning",
    category: "content",
    section: "proactive-messages",
    check: ({ source, target, sourceLanguage }) =>
      compareCommitments(source, target).dropped.map((c): RuleHit => ({
        // Nothing in the translation to point at: the finding is about the variant, and its excerpt
        // is the source's words, so that each dropped promise has its own acknowledgement.
        target: { whole: true },
        params: { kind: kindParam(c), source: c.text, sourceLanguage },
        excerpt: c.text,
      })),
  }),
];

/**
 * Commitment parity of the translation `target` of `source`; locations are in the target (body
 * positions for the editor, subject offsets).
 */
export function checkCommitmentParity(source: ParitySide, target: ParitySide): Finding[] {
  const sourceLanguage = languageOfLocale(source.locale);
  const body = docToTextView(target.doc);
  const subject = plainTextView(target.subject);
  const context: CommitmentContext = {
    sourceLanguage,
    source: readSide([{ field: "subject", view: plainTextView(source.subject) }, { field: "body", view: docToTextView(source.doc) }], sourceLanguage),
    target: readSide([{ field: "subject", view: subject }, { field: "body", view: body }], languageOfLocale(target.locale)),
  };
  return runRulesOn(COMMITMENT_RULES, context, { body, subject });
}
