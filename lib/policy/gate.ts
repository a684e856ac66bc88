/**
 * The approval gate: a variant may be approved when it has no errors and every warning has been
 * acknowledged with a reason. Acknowledgements are keyed so that they survive unrelated edits:
 * rule, the flagged text, and which occurrence of that text it is.
 */
import type { Finding } from "./types";

export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId}|${finding.excerpt.toLocaleLowerCase().replace(/\s+/g, " ").trim()}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}|${occurrence}`;
  });
}

export interface GateDecision {
  approvable: boolean;
  errors: Finding[];
  /** Warnings without an acknowledgement. */
  unacknowledged: Finding[];
}

/** `acknowledged`: keys (from findingKeys) of warnings someone acknowledged with a reason. */
export function gateDecision(findings: readonly Finding[], acknowledged: ReadonlySet<string>): GateDecision {
  const keys = findingKeys(findings);
  const errors = findings.filter((finding) => finding.severity === "error");
  const unacknowledged = findings.filter((finding, i) => finding.severity === "warning" && !acknowledged.has(keys[i]));
  return { approvable: errors.length === 0 && unacknowledged.length === 0, errors, unacknowledged };
}
