/**
 * What a translation adds to or drops from its source's commitments. Commitments are compared by
 * value, not position or count (a translator may merge two mentions into one sentence): one is
 * dropped when nothing on the other side matches it, added likewise. Matching is deliberately
 * generous, because a faithful translation must give no finding:
 *  - same kind and value, and the same qualifier or none on one side ("7 Tage" has a unit, "7
 *    Werktage" too, "7 jours ouvrés" may not be recognised);
 *  - a plain number matches an amount, a percentage or an hour of the same value ("zehn Euro" is
 *    read as the number 10, "14 h" as 14);
 *  - a soft term keeps the other side's term from counting, but is never reported itself.
 * Pure: runs in the browser.
 */
import type { Commitment } from "./types";

function numericCores(c: Commitment): number[] {
  if (c.kind === "number" || c.kind === "amount" || c.kind === "percent") return [Number(c.value)];
  if (c.kind === "time") {
    const [h, m] = c.value.split(":").map(Number);
    if (m !== 0) return [h + m / 100];
    return h > 12 ? [h, h - 12] : [h];
  }
  return [];
}

export function matches(a: Commitment, b: Commitment): boolean {
  if (a.kind === b.kind && a.value === b.value) return a.qualifier === null || b.qualifier === null || a.qualifier === b.qualifier;
  if (a.kind !== "number" && b.kind !== "number") return false;
  const cores = numericCores(b);
  return numericCores(a).some((core) => cores.includes(core));
}

function keyOf(c: Commitment): string {
  return `${c.kind}|${c.value}|${c.qualifier ?? ""}`;
}

/** The first commitment of each kind, value and qualifier among those nothing in `other` matches. */
function unmatched<T extends Commitment>(side: readonly T[], other: readonly Commitment[]): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const c of side) {
    if (c.soft || seen.has(keyOf(c))) continue;
    seen.add(keyOf(c));
    if (!other.some((o) => matches(c, o))) result.push(c);
  }
  return result;
}

export function compareCommitments<S extends Commitment, T extends Commitment>(source: readonly S[], target: readonly T[]): { dropped: S[]; added: T[] } {
  return { dropped: unmatched(source, target), added: unmatched(target, source) };
}
