/**
 * Policy engine speed: the full check (every rule, language detection and spelling included) of a
 * 2,000-character variant, next to one regular-expression pass over the same text as the
 * baseline; the cheap (browser) rules alone; a template with 20 language variants; and how long
 * each locale's dictionary takes to load (once per process), measured in a fresh process each.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { normalizeText } from "@/lib/editor/normalize";
import { checkVariant, warmUp } from "@/lib/policy/engine";
import { checkVariantCheap } from "@/lib/policy/engine-cheap";
import { SPELLING_LANGUAGES } from "@/lib/policy/language/spelling";
import { PURPOSE_IDS } from "@/lib/policy/purposes";
import { starterContent, STARTER_LANGUAGES } from "@/lib/policy/starter-texts";
import { measure, measureAsync, report, summarise, type Timing } from "./lib";

const ENGLISH_PARAGRAPHS = [
  "Hello {{buyer_name}},",
  "Thank you for your order {{order_id}}. Before we engrave {{product_name}}, we need you to confirm the text you would like on the bottle. Please check the spelling of every name carefully, because engraved steel cannot be corrected afterwards.",
  "The engraving can hold up to twenty characters on one line. Capital letters, numbers and the usual punctuation marks are possible; symbols such as hearts or stars are not. If you would like a date, please write it the way it should appear.",
  "Once you have replied, our workshop prepares a proof and starts production within two working days. The engraving itself takes about a day, and the carrier usually delivers between {{delivery_window_start}} and {{delivery_window_end}}.",
  "If the text you entered when ordering is already correct, a short reply saying so is enough. Should you prefer a different font size, tell us as well, and we will adjust the layout before production starts.",
  "Kind regards,",
  "{{seller_name}}",
];

function variantOf(target: number): string {
  let text = ENGLISH_PARAGRAPHS.join("\n\n");
  while (text.length < target) text += `\n\n${ENGLISH_PARAGRAPHS[2]}`;
  return text.slice(0, text.lastIndexOf(".", target) + 1);
}

async function main(): Promise<void> {
  const body = variantOf(2000);
  const doc = normalizeText(body).doc;
  const input = { purpose: "customization" as const, locale: "en-US", subject: "Your engraving for order {{order_id}}", doc };
  await warmUp("en-US");

  // Baseline: a single case-insensitive regex pass over the same 2,000 characters.
  const regex = /\b(?:coupon|discount|review|refund)\b/giu;
  const baseline = measure("one regex pass (2,000 chars)", () => body.match(regex), { warmup: 200, runs: 2000 });
  const cheap = measure("cheap rules (browser), 2,000 chars", () => checkVariantCheap(input), { warmup: 50, runs: 500 });
  const full = await measureAsync("full check (all rules), 2,000 chars", () => checkVariant(input), { warmup: 20, runs: 300 });

  // A template with 20 variants: every starter language, every purpose's text, 2 rounds of locales.
  const locales = ["en-US", "en-GB", "de-DE", "de-AT", "fr-FR", "fr-CA", "es-ES", "es-MX", "it-IT", "ja-JP"];
  const variants = Array.from({ length: 20 }, (_, i) => {
    const locale = locales[i % locales.length];
    const purpose = PURPOSE_IDS[i % PURPOSE_IDS.length];
    const starter = starterContent(purpose, locale);
    if (!starter) throw new Error(`no starter for ${purpose} ${locale}`);
    return { purpose, locale, subject: starter.subject, doc: starter.doc };
  });
  for (const language of STARTER_LANGUAGES) await warmUp(language);
  const template = await measureAsync("20-variant template, full check", () => Promise.all(variants.map((v) => checkVariant(v))), { warmup: 3, runs: 30 });

  report("Policy check", baseline, [cheap, full, template], {
    [full.name]: "≤ 5 ms",
  });

  // Dictionary load: once per process, so each language is loaded in a new process.
  const loads: Timing[] = [];
  const script = fileURLToPath(import.meta.url);
  for (const language of SPELLING_LANGUAGES) {
    const child = spawnSync(process.execPath, ["--import", "tsx", script, "--load", language], { encoding: "utf8" });
    const match = /load-ms=([\d.]+) heap-mb=([\d.]+)/.exec(child.stdout);
    if (!match) {
      console.error(`dictionary ${language}: ${child.stderr.trim() || "no result"}`);
      continue;
    }
    loads.push({ ...summarise(`dictionary ${language} (heap +${match[2]} MB)`, [Number(match[1])]), runs: 1 });
  }
  report("Dictionary load per locale (first use in a process)", { ...summarise("regex pass (same baseline)", [baseline.medianMs]), runs: baseline.runs }, loads);
}

/** Child mode: load one language's speller and print the time and heap growth. */
async function loadOne(language: string): Promise<void> {
  const { loadSpeller } = await import("@/lib/policy/language/spelling");
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const speller = await loadSpeller(language);
  speller?.isCorrect("test");
  const ms = performance.now() - start;
  console.log(`load-ms=${ms.toFixed(1)} heap-mb=${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)}`);
}

const loadIndex = process.argv.indexOf("--load");
if (loadIndex >= 0) await loadOne(process.argv[loadIndex + 1]);
else await main();
