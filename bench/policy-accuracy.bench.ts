/**
 * Compliance accuracy on the labelled evaluation set (test/policy-eval): how often the full check
 * blocks exactly the messages that break the guidelines. Reports the development part (which
 * rules are tuned on) with every failure, and the test part (held out) in aggregate only.
 * Works with any subset of the language files; `BENCH_PART=dev` reports one part.
 */
import { warmUp } from "@/lib/policy/engine";
import { loadEvalPart, type EvalPart } from "@/lib/policy/evaluation/load";
import { failureReport, partReport } from "@/lib/policy/evaluation/report";
import { evaluateAll } from "@/lib/policy/evaluation/score";

async function main(): Promise<void> {
  const parts: EvalPart[] = process.env.BENCH_PART === "dev" || process.env.BENCH_PART === "test" ? [process.env.BENCH_PART] : ["dev", "test"];
  for (const part of parts) {
    const messages = loadEvalPart(part);
    if (messages.length === 0) {
      console.log(`${part}: no messages in test/policy-eval/${part}/`);
      continue;
    }
    for (const locale of new Set(messages.map((m) => m.locale))) await warmUp(locale);
    const started = performance.now();
    const outcomes = await evaluateAll(messages);
    console.log(`\n${partReport(part === "dev" ? "development part" : "test part (held out)", outcomes)}`);
    console.log(`  (${((performance.now() - started) / messages.length).toFixed(1)} ms per message)`);
    if (part === "dev") {
      const failures = failureReport(outcomes);
      console.log(`\ndevelopment failures${failures ? `:\n${failures}` : ": none"}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
