/**
 * Policy engine speed: the full check (every rule, language detection and spelling included) of a
 * 2,000-character variant, next to one regular-expression pass over the same text as the
 * baseline; the cheap (browser) rules alone; a template with 20 language variants; and the
 * spelling dictionaries' first use and memory, each measured in a fresh process.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { normalizeText } from "@/lib/editor/normalize";
import { checkVariant, warmUp } from "@/lib/policy/engine";
import { checkVariantCheap } from "@/lib/policy/engine-cheap";
import { loadDictionary, loadSpeller, SPELLING_LANGUAGES } from "@/lib/policy/language/spelling";
import { PURPOSE_IDS } from "@/lib/policy/purposes";
import { starterContent, STARTER_LANGUAGES } from "@/lib/policy/starter-texts";
import { measure, measureAsync, report } from "./lib";

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

  await spellingReport();
}

// --- spelling dictionaries ------------------------------------------------------------------------

/** The first check after loading: one sentence of a buyer message per language, plus a misspelling. */
const FIRST_CHECK: Record<string, string> = {
  en: "Thank you for your order. Please confirm the engraving text so that we can ship your bottle. Qwertzuiop",
  de: "Vielen Dank für Ihre Bestellung. Bitte bestätigen Sie den Gravurtext, damit wir Ihre Trinkflasche versenden können. Qwertzuiop",
  fr: "Merci pour votre commande. Veuillez confirmer le texte de la gravure afin que nous puissions expédier votre gourde. Qwertzuiop",
  es: "Gracias por su pedido. Confirme el texto del grabado para que podamos enviar su botella. Qwertzuiop",
  it: "Grazie per il suo ordine. Confermi il testo dell'incisione affinché possiamo spedire la sua borraccia. Qwertzuiop",
  nl: "Bedankt voor uw bestelling. Bevestig de tekst van de gravure zodat wij uw fles kunnen verzenden. Qwertzuiop",
  sv: "Tack för din beställning. Bekräfta gravyrtexten så att vi kan skicka din flaska. Qwertzuiop",
  pl: "Dziękujemy za zamówienie. Prosimy o potwierdzenie tekstu grawerunku, abyśmy mogli wysłać butelkę. Qwertzuiop",
  tr: "Siparişiniz için teşekkür ederiz. Şişenizi gönderebilmemiz için lütfen gravür metnini onaylayın. Qwertzuiop",
  pt: "Obrigado pela sua encomenda. Confirme o texto da gravação para que possamos enviar a sua garrafa. Qwertzuiop",
};

/** What a child process measured: milliseconds and megabytes of heap + external memory (the packed words are external strings). */
interface ChildResult {
  ms: number;
  mb: number;
}

/**
 * Each measurement in a fresh process (a dictionary loads once per process): per language, the
 * raw files read as the npm package reads them (the baseline), the first use of the compiled form
 * and, unless BENCH_QUICK=1, the first use the way the spellers loaded before (raw .aff/.dic into
 * Maps, nspell for English); then all ten languages in one process, against the raw files' bytes.
 */
async function spellingReport(): Promise<void> {
  const quick = process.env.BENCH_QUICK === "1";
  // Compile what is missing first, so that no child measures compiling.
  for (const language of SPELLING_LANGUAGES) await loadDictionary(language);
  const script = fileURLToPath(import.meta.url);
  const child = (...args: string[]): ChildResult | null => {
    const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", script, "--spelling", ...args], { encoding: "utf8" });
    const match = /spelling-ms=([\d.]+) spelling-mb=([\d.]+)/.exec(run.stdout);
    if (!match) console.error(`spelling ${args.join(" ")}: ${run.stderr.trim() || "no result"}`);
    return match ? { ms: Number(match[1]), mb: Number(match[2]) } : null;
  };
  const ratio = (value: number | undefined, base: number | undefined) => (value !== undefined && base ? (value / base).toFixed(1) : "");
  const fixed = (value: number | undefined, digits = 0) => (value === undefined ? "" : value.toFixed(digits));

  console.log("Spelling: first use per language (fresh process each: load + check one sentence)");
  const rows = SPELLING_LANGUAGES.map((language) => {
    const raw = child("raw-files", language);
    const compiled = child("compiled", language);
    const before = quick ? null : child("raw-lookup", language);
    return {
      language,
      "raw files read ms (baseline)": fixed(raw?.ms, 1),
      "first use ms": fixed(compiled?.ms, 1),
      "× baseline": ratio(compiled?.ms, raw?.ms),
      goal: "≤ 300 ms",
      "before ms": fixed(before?.ms, 1),
      "before × baseline": ratio(before?.ms, raw?.ms),
      "heap MB": fixed(compiled?.mb, 1),
      "before heap MB": fixed(before?.mb, 1),
    };
  });
  console.table(rows);

  console.log("Spelling: all ten languages in one process (heap + external memory after GC)");
  const rawAll = child("raw-files", ...SPELLING_LANGUAGES);
  const compiledAll = child("compiled", ...SPELLING_LANGUAGES);
  const beforeAll = quick ? null : child("raw-lookup", ...SPELLING_LANGUAGES);
  const row = (measurement: string, result: ChildResult | null, goal = "") => ({
    measurement,
    MB: fixed(result?.mb),
    "× baseline": ratio(result?.mb, rawAll?.mb),
    "load ms": fixed(result?.ms),
    goal,
  });
  console.table([
    row("raw .aff/.dic bytes in memory (baseline)", rawAll),
    row("compiled dictionaries", compiledAll, "< 200 MB"),
    ...(quick ? [] : [row("before: raw dictionaries in Maps, nspell for English", beforeAll)]),
  ]);
}

/**
 * Child mode: load the given languages one way and print the time (load + first check of each)
 * and the growth of heap + external memory after a full GC.
 */
async function spellingChild(kind: string, languages: string[]): Promise<void> {
  const { createSpeller } = await import("@/lib/policy/language/speller");
  const { rawLookupOf } = await import("@/lib/policy/language/raw-lookup");
  // Buffers and external strings are freed a tick after the GC that finds them unreachable.
  const memory = async () => {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    globalThis.gc?.();
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.external;
  };
  const kept: unknown[] = [];
  const before = await memory();
  const start = performance.now();
  for (const language of languages) {
    const words = FIRST_CHECK[language].match(/[\p{L}\p{M}']+/gu) ?? [];
    if (kind === "raw-files") {
      kept.push(await import(`dictionary-${language}`));
      continue;
    }
    const speller =
      kind === "compiled"
        ? await loadSpeller(language)
        : createSpeller(language, rawLookupOf(language, ((await import(`dictionary-${language}`)) as { default: { aff: Uint8Array; dic: Uint8Array } }).default));
    for (const word of words) speller?.isCorrect(word);
    kept.push(speller);
  }
  const ms = performance.now() - start;
  console.log(`spelling-ms=${ms.toFixed(1)} spelling-mb=${(((await memory()) - before) / 1e6).toFixed(1)} (${kept.length} kept)`);
}

const spellingIndex = process.argv.indexOf("--spelling");
if (spellingIndex >= 0) await spellingChild(process.argv[spellingIndex + 1], process.argv.slice(spellingIndex + 2));
else await main();
