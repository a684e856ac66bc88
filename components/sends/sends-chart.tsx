import type { TFunction } from "i18next";
import { OUTCOME_BUCKETS, type OutcomeBucket, type OutcomeCounts } from "@/lib/delivery/send-stats";

/** Fill colours per outcome; the legend repeats them as text, so colour is never the only cue. */
export const OUTCOME_FILL: Record<OutcomeBucket, string> = {
  delivered: "fill-green-600",
  blocked: "fill-red-700",
  restricted: "fill-amber-600",
  opted_out: "fill-sky-700",
  none: "fill-slate-400",
};

const HEIGHT = 80;
const BAR = 10;

/** Sends per day as stacked bars by outcome, with a text summary for screen readers and a legend. */
export function SendsChart({ days, t, summary }: { days: ReadonlyArray<{ day: string; counts: OutcomeCounts; total: number }>; t: TFunction; summary: string }) {
  const max = Math.max(1, ...days.map((d) => d.total));
  return (
    <figure className="grid gap-2">
      <svg viewBox={`0 0 ${days.length * BAR} ${HEIGHT}`} className="h-32 w-full max-w-3xl" role="img" aria-label={summary} preserveAspectRatio="none">
        {days.map((d, i) => {
          let y = HEIGHT;
          return (
            <g key={d.day}>
              <title>{`${d.day}: ${d.total}`}</title>
              {OUTCOME_BUCKETS.map((bucket) => {
                const height = (d.counts[bucket] / max) * (HEIGHT - 2);
                if (height === 0) return null;
                y -= height;
                return <rect key={bucket} x={i * BAR + 1} y={y} width={BAR - 2} height={height} className={OUTCOME_FILL[bucket]} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-3 text-xs">
        {OUTCOME_BUCKETS.map((bucket) => (
          <span key={bucket} className="flex items-center gap-1">
            <svg viewBox="0 0 10 10" className="h-3 w-3" aria-hidden="true">
              <rect width="10" height="10" className={OUTCOME_FILL[bucket]} />
            </svg>
            {t(`sendsPage.outcomes.${bucket}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
