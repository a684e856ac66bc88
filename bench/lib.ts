/** Shared timing helpers so every benchmark reports the same way: medians after warm-up, ratios to a baseline. */
export interface Timing {
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

export function measure(name: string, fn: () => unknown, { warmup = 20, runs = 200 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarise(name, samples);
}

export async function measureAsync(name: string, fn: () => Promise<unknown>, { warmup = 5, runs = 50 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(name, samples);
}

export function summarise(name: string, samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { name, medianMs: at(0.5), p95Ms: at(0.95), runs: samples.length };
}

/** Prints timings as a table with each one's ratio to the baseline measured in the same run. */
export function report(title: string, baseline: Timing, others: Timing[], goals: Record<string, string> = {}): void {
  console.log(title);
  const rows = [baseline, ...others].map((t) => ({
    measurement: t.name,
    "median ms": t.medianMs.toFixed(3),
    "p95 ms": t.p95Ms.toFixed(3),
    "× baseline": (t.medianMs / baseline.medianMs).toFixed(1),
    runs: t.runs,
    goal: goals[t.name] ?? "",
  }));
  console.table(rows);
}
