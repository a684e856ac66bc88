/**
 * Accessibility gate: the server check (axe-core in jsdom) of a template with 20 language
 * variants, as run on save and at submission, next to a single axe run on an empty document as
 * the baseline — the fixed cost of one axe pass with the server rule set.
 */
import { measureAsync, report } from "./lib";
import { checkAccessibility } from "@/lib/a11y/server-runner";
import type { DocJSON } from "@/lib/editor/extensions";
import { sampleValues } from "@/lib/editor/placeholders";
import { renderPreviewHtml } from "@/lib/editor/render-html";
import { plainTextLength } from "@/lib/editor/render-text";
import { prng, randomDoc } from "@/lib/editor/testing/random-doc";
import { BUYER_LOCALE_CODES } from "@/lib/locales/catalogue";

const VARIANTS = 20;
const TARGET_CHARACTERS = 2000;
const GOAL_MS = 1500;

/** A 2,000-character message (the usual purpose budget), the same seeded content as the editor bench. */
function documentOfLength(target: number): DocJSON {
  const random = prng(42);
  const values = sampleValues("en-US");
  const doc: DocJSON = { type: "doc", content: [] };
  while (plainTextLength(doc, values) < target) doc.content.push(...randomDoc(random, { blocks: 1 }).content);
  return doc;
}

const doc = documentOfLength(TARGET_CHARACTERS);
const locales = BUYER_LOCALE_CODES.slice(0, VARIANTS);
const variants = locales.map((locale) => ({ locale, html: renderPreviewHtml(doc, locale) }));
const elements = (variants[0].html.match(/<[a-z][^>]*>/g) ?? []).length;
console.log(`template: ${variants.length} variants (${locales.join(", ")}), each ≈ ${variants[0].html.length} bytes of HTML, ${elements} elements`);

const checkTemplate = () => Promise.all(variants.map(({ html, locale }) => checkAccessibility(html, { locale })));
const blocked = (await checkTemplate()).filter((result) => result.violations.length > 0).length;
console.log(`variants with violations: ${blocked}`);

const baseline = await measureAsync("axe run, empty document", () => checkAccessibility("", { locale: "en" }), { warmup: 10, runs: 100 });
const oneVariant = await measureAsync("gate, 1 variant", () => checkAccessibility(variants[0].html, { locale: variants[0].locale }), {
  warmup: 5,
  runs: 50,
});
const template = await measureAsync(`gate, ${VARIANTS}-variant template`, checkTemplate, { warmup: 2, runs: 15 });

report(`Accessibility gate: ${VARIANTS} variants of a ${TARGET_CHARACTERS}-character message`, baseline, [oneVariant, template], {
  [template.name]: `≤ ${GOAL_MS} ms (${template.medianMs <= GOAL_MS ? "met" : "NOT met"})`,
});
