/**
 * Compliance accuracy on the labelled evaluation set (test/policy-eval): how often the full check
 * blocks exactly the messages that break the guidelines. Reports the development parts (dev, and
 * dev2, written later to be more varied; rules are tuned on both) with every failure, and the test
 * part (held out) in aggregate only. Works with any subset of the language files; `BENCH_PART=dev2`
 * reports one part.
 */
import { warmUp } from "@/lib/policy/engine";
import { EVAL_PARTS, loadEvalPart, type EvalPart } from "@/lib/policy/evaluation/load";
import { failureReport, partReport } from "@/lib/policy/evaluation/report";
import { evaluateAll } from "@/lib/policy/evaluation/score";

async function main(): Promise<void> {
  const all = Object.keys(EVAL_PARTS) as EvalPart[];
  const asked = all.find((part) => part === process.env.BENCH_PART);
  const parts = asked ? [asked] : all;
  for (const part of parts) {
    const messages = loadEvalPart(part);
    if (messages.length === 0) {
      console.log(`${part}: no messages in test/policy-eval/${part}/`);
      continue;
    }
    for (const locale of new Set(messages.map((m) => m.locale))) await warmUp(locale);
    const started = performance.now();
    const outcomes = await evaluateAll(messages);
    const title = EVAL_PARTS[part];
    console.log(`\n${partReport(title, outcomes)}`);
    console.log(`  (${((performance.now() - started) / messages.length).toFixed(1)} ms per message)`);
    if (part !== "test") {
      const failures = failureReport(outcomes);
      console.log(`\ndevelopment failures${failures ? `:\n${failures}` : ": none"}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
