/**
 * Shared plumbing for the content rules: a piece of evidence is a span in a field with the
 * sentence it sits in, whether it came from a phrase list or from concepts; rules filter evidence
 * by its context and turn what is left into hits, one per distinct span.
 */
import type { FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import { sentenceIndexAt, type CheckContext, type FieldText } from "../context";
import type { PhraseCategory } from "../phrases/types";
import type { RuleHit } from "../types";

export interface Evidence {
  field: FieldText;
  start: number;
  end: number;
  sentence: number;
}

export function phraseEvidence(context: CheckContext, field: FieldText, category: PhraseCategory): Evidence[] {
  return context.matches(field, category).map((m) => ({ field, start: m.start, end: m.end, sentence: sentenceIndexAt(field.sentences, m.start) }));
}

export function conceptEvidence(field: FieldText, hit: Pick<ConceptHit, "start" | "end" | "sentence">): Evidence {
  return { field, start: hit.start, end: hit.end, sentence: hit.sentence };
}

/** Evidence spanning two concept hits ("update … your review"). */
export function spanEvidence(field: FieldText, a: ConceptHit, b: ConceptHit): Evidence {
  return { field, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), sentence: a.sentence };
}

/** One hit per group of overlapping evidence (the widest span), in reading order. */
export function toHits(evidence: readonly Evidence[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const field of new Set(evidence.map((e) => e.field))) {
    const spans = evidence.filter((e) => e.field === field).sort((a, b) => a.start - b.start || b.end - a.end);
    let current: { start: number; end: number } | null = null;
    const flush = () => {
      if (current) hits.push({ target: { field: field.field, start: current.start, end: current.end } });
    };
    for (const span of spans) {
      if (current && span.start < current.end) current.end = Math.max(current.end, span.end);
      else {
        flush();
        current = { start: span.start, end: span.end };
      }
    }
    flush();
  }
  return hits;
}

/** Both fields of a variant, subject first. */
export function fieldsOf(context: CheckContext): FieldText[] {
  return [context.subject, context.body];
}

/** Runs an evidence finder on both fields and returns the hits. */
export function collectEvidence(context: CheckContext, find: (field: FieldText, analysis: FieldAnalysis) => Evidence[]): RuleHit[] {
  return toHits(fieldsOf(context).flatMap((field) => find(field, context.concepts(field))));
}

const QUOTES = "\"“”„‟«»‹›「」『』";
/** A quoted name is short: a menu or button label ("Returns & Orders", „Zwroty i zamówienia“). */
const LABEL_MAX_CHARS = 40;

/**
 * Whether the evidence lies inside a short quotation: the name of a page, menu or button the
 * message points to ("under „Zwroty i zamówienia“"), which names a place rather than offering it.
 */
export function insideQuotedLabel(evidence: Pick<Evidence, "field" | "start" | "end">): boolean {
  const text = evidence.field.view.text;
  const before = text.slice(Math.max(0, evidence.start - LABEL_MAX_CHARS), evidence.start);
  const after = text.slice(evidence.end, evidence.end + LABEL_MAX_CHARS);
  const open = Math.max(...[...QUOTES].map((q) => before.lastIndexOf(q)));
  const closeAt = Math.min(...[...QUOTES].map((q) => after.indexOf(q)).filter((i) => i >= 0), Infinity);
  if (open < 0 || closeAt === Infinity) return false;
  const quoted = before.slice(open + 1) + text.slice(evidence.start, evidence.end) + after.slice(0, closeAt);
  return quoted.length <= LABEL_MAX_CHARS && !/[.!?\n]/u.test(quoted) && quoted.trim().split(/\s+/u).length <= 5;
}
