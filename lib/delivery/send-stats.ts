/**
 * The Sends page's numbers from the counted rows: one entry per day of the period (days without
 * sends included, so the chart's gaps are real), each split by outcome, and the totals. Pure.
 */
import { SEND_OUTCOMES, type SendOutcome } from "./sends-request";

/** "none": no outcome reported yet. */
export type OutcomeBucket = SendOutcome | "none";
export const OUTCOME_BUCKETS: readonly OutcomeBucket[] = [...SEND_OUTCOMES, "none"];

export type OutcomeCounts = Record<OutcomeBucket, number>;

function emptyCounts(): OutcomeCounts {
  return Object.fromEntries(OUTCOME_BUCKETS.map((bucket) => [bucket, 0])) as OutcomeCounts;
}

export function bucketOf(outcome: string | null): OutcomeBucket {
  return (SEND_OUTCOMES as readonly string[]).includes(outcome ?? "") ? (outcome as SendOutcome) : "none";
}

/** Every UTC day from `days - 1` days before `today` to `today`, with its counts (zero where nothing was sent). */
export function dailySeries(rows: ReadonlyArray<{ day: string; outcome: string | null; count: number }>, today: Date, days: number) {
  const series = new Map<string, OutcomeCounts>();
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i)).toISOString().slice(0, 10);
    series.set(day, emptyCounts());
  }
  for (const row of rows) {
    const counts = series.get(row.day);
    if (counts) counts[bucketOf(row.outcome)] += row.count;
  }
  return [...series].map(([day, counts]) => ({ day, counts, total: OUTCOME_BUCKETS.reduce((sum, bucket) => sum + counts[bucket], 0) }));
}

export function totals(rows: ReadonlyArray<{ outcome: string | null; count: number }>): OutcomeCounts & { all: number } {
  const counts = emptyCounts();
  for (const row of rows) counts[bucketOf(row.outcome)] += row.count;
  return { ...counts, all: OUTCOME_BUCKETS.reduce((sum, bucket) => sum + counts[bucket], 0) };
}
