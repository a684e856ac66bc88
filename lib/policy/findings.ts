/**
 * Turns rule hits into findings: resolves where a hit points (editor positions, line/column in the
 * raw input, subject offsets), cuts the excerpt, and orders and de-duplicates the result.
 */
import type { CheckContext } from "./context";
import { toDocRange, type TextView } from "./doc-text";
import { lineColumnIndex } from "./html-scan";
import type { PurposeId } from "./purposes";
import type { Finding, FindingLocation, RuleDefinition, RuleHit } from "./types";

const MAX_EXCERPT = 120;

function clip(text: string): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length > MAX_EXCERPT ? `${single.slice(0, MAX_EXCERPT - 1)}…` : single;
}

/** The texts hits may point into. */
export interface HitPlaces {
  body?: TextView;
  subject?: TextView;
  /** Raw input (HTML or plain text) for `source` targets. */
  source?: string;
}

/** Runs rules on a context; with `purpose`, only the rules that apply to it. */
export function runRulesOn<Context>(
  rules: readonly RuleDefinition<Context>[],
  context: Context,
  places: HitPlaces,
  purpose?: PurposeId,
): Finding[] {
  let lineColumn: ((offset: number) => { line: number; column: number }) | undefined;
  const sourceLineColumn = () => (lineColumn ??= lineColumnIndex(places.source ?? ""));
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (purpose && !rule.purposes.includes(purpose)) continue;
    for (const hit of rule.check(context)) {
      const { location, excerpt } = resolve(hit, places, sourceLineColumn);
      findings.push({
        ruleId: rule.id,
        severity: hit.severity ?? rule.severity,
        messageKey: rule.messageKey,
        hintKey: rule.hintKey,
        params: hit.params ?? {},
        excerpt: clip(hit.excerpt ?? excerpt),
        location,
        citation: rule.citation,
      });
    }
  }
  return dedupe(findings).sort(byPlace);
}

export function runRules<Context extends CheckContext>(rules: readonly RuleDefinition<Context>[], context: Context): Finding[] {
  return runRulesOn(
    rules,
    context,
    { body: context.body.view, subject: context.subject.view, source: context.source?.text },
    context.purpose.id,
  );
}

function resolve(
  hit: RuleHit,
  places: HitPlaces,
  lineColumn: () => (offset: number) => { line: number; column: number },
): { location: FindingLocation; excerpt: string } {
  const target = hit.target;
  if ("whole" in target) return { location: null, excerpt: "" };
  if ("node" in target) return { location: { from: target.node, to: target.node + 1 }, excerpt: "" };
  if ("source" in target) {
    return { location: lineColumn()(target.start), excerpt: places.source?.slice(target.start, target.end) ?? "" };
  }
  const view = target.field === "subject" ? places.subject : places.body;
  const excerpt = view?.text.slice(target.start, target.end) ?? "";
  if (target.field === "subject") return { location: { field: "subject", from: target.start, to: target.end }, excerpt };
  return { location: view ? toDocRange(view, target.start, target.end) : null, excerpt };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}|${JSON.stringify(finding.location)}|${finding.excerpt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whole-variant findings first, then the subject, then the body in reading order. */
function rank(location: FindingLocation): [number, number, number] {
  if (location === null) return [0, 0, 0];
  if ("field" in location) return [1, location.from, location.to];
  if ("line" in location) return [2, location.line, location.column];
  return [2, location.from, location.to];
}

function byPlace(a: Finding, b: Finding): number {
  const ra = rank(a.location);
  const rb = rank(b.location);
  return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
}
