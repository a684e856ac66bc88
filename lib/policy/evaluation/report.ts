/**
 * The accuracy report as text: overall, per language, per purpose, per category and per rule, and,
 * for the development part only, every failure with what was expected, what the engine said and
 * the findings behind it. The test part is reported in aggregate only: it is for measuring, and
 * its messages must not be read while tuning.
 */
import { categoryScores, groupBy, ruleScores, scoreOf, type Outcome, type Score } from "./score";

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** Rules that judge form rather than content: spelling and the Messaging API's text budget. */
const OUTSIDE_CONTENT = /^(?:language\.|structure\.(?:over|may-exceed)-budget$)/;

/** "marketing ×2, opt-out" */
function tally(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${item} ×${n}` : item)).join(", ");
}

function scoreRow(label: string, score: Score): string {
  return [
    label.padEnd(22),
    String(score.total).padStart(5),
    percent(score.accuracy).padStart(9),
    percent(score.precision).padStart(10),
    percent(score.recall).padStart(9),
    String(score.compliantBlocked).padStart(10),
    String(score.violationsMissed).padStart(8),
  ].join(" ");
}

const HEADER = `${"".padEnd(22)} ${"n".padStart(5)} ${"accuracy".padStart(9)} ${"precision".padStart(10)} ${"recall".padStart(9)} ${"ok→block".padStart(10)} ${"missed".padStart(8)}`;

function table(title: string, groups: Map<string, Outcome[]>): string[] {
  return [`  ${title}`, `  ${HEADER}`, ...[...groups].map(([label, outcomes]) => `  ${scoreRow(label, scoreOf(outcomes))}`)];
}

export function partReport(name: string, outcomes: readonly Outcome[]): string {
  const lines = [`${name}: ${outcomes.length} messages`, `  ${HEADER}`, `  ${scoreRow("overall", scoreOf(outcomes))}`];
  const outside = outcomes.filter((o) => o.message.compliant && o.blocked && o.errorRules.every((id) => OUTSIDE_CONTENT.test(id)));
  lines.push(`  compliant messages blocked only by spelling or the API text budget: ${outside.length} (${tally(outside.flatMap((o) => o.errorRules))})`, "");
  lines.push(...table("per language", groupBy(outcomes, (o) => o.message.language)), "");
  lines.push(...table("per purpose", groupBy(outcomes, (o) => o.message.purpose)), "");
  lines.push(...table("per kind", groupBy(outcomes, (o) => o.message.kind || "(none)")), "");
  lines.push("  per category (violations labelled with it: blocked at all / blocked by a rule of the category)");
  for (const c of categoryScores(outcomes)) {
    lines.push(`    ${c.category.padEnd(22)} ${String(c.labelled).padStart(4)}  blocked ${percent(c.blocked / c.labelled).padStart(8)}  right rule ${percent(c.ruleFired / c.labelled).padStart(8)}`);
  }
  for (const [title, key] of [
    ["language", (o: Outcome) => o.message.language],
    ["purpose", (o: Outcome) => o.message.purpose],
  ] as const) {
    lines.push("", `  errors by ${title} (missed violations by category, compliant messages blocked by rule)`);
    for (const [label, group] of groupBy(outcomes, key)) {
      const missed = group.filter((o) => !o.message.compliant && !o.blocked).flatMap((o) => o.message.violations);
      const falseBlocks = group.filter((o) => o.message.compliant && o.blocked).flatMap((o) => o.errorRules);
      if (missed.length + falseBlocks.length === 0) continue;
      lines.push(`    ${label}  missed: ${tally(missed) || "-"}  |  blocked compliant: ${tally(falseBlocks) || "-"}`);
    }
  }
  lines.push("", "  per rule (messages it blocked: how many were compliant, i.e. its precision)");
  for (const r of ruleScores(outcomes)) {
    lines.push(`    ${r.ruleId.padEnd(34)} fired ${String(r.fired).padStart(4)}  on compliant ${String(r.onCompliant).padStart(3)}  precision ${percent((r.fired - r.onCompliant) / r.fired).padStart(8)}`);
  }
  return lines.join("\n");
}

/** Failures (wrong verdict) and violations blocked for the wrong reason, with their findings. */
export function failureReport(outcomes: readonly Outcome[]): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    const wrongReason = !o.message.compliant && o.blocked && Object.values(o.categoryHits).some((hit) => !hit);
    if (o.correct && !wrongReason) continue;
    const expected = o.message.compliant ? "pass" : `block (${o.message.violations.join(", ")})`;
    const got = o.blocked ? `block (${o.errorRules.join(", ")})` : "pass";
    lines.push(`${o.correct ? "REASON" : "FAIL  "} ${o.message.id} [${o.message.purpose}, ${o.message.kind}] expected ${expected}, got ${got}`);
    for (const f of o.findings) lines.push(`         ${f.severity === "error" ? "E" : "w"} ${f.ruleId} «${f.excerpt}»`);
    lines.push(`         why: ${o.message.why}`);
  }
  return lines.join("\n");
}
