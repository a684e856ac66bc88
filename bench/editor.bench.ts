/**
 * Editor: normalise + render a 2,000-character document (the usual purpose budget), next to
 * `JSON.parse(JSON.stringify(doc))` of the same document as the baseline — the least any save
 * path does with a document.
 */
import { measure, report } from "./lib";
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeDocument } from "@/lib/editor/normalize";
import { sampleValues } from "@/lib/editor/placeholders";
import { renderEmailHtml } from "@/lib/editor/render-html";
import { plainTextLength, renderPlainText } from "@/lib/editor/render-text";
import { documentToHtml } from "@/lib/editor/schema-html";
import { prng, randomDoc } from "@/lib/editor/testing/random-doc";

const TARGET_CHARACTERS = 2000;
const values = sampleValues("de-DE");

/** Adds seeded blocks until the plain text reaches the target length. */
function documentOfLength(target: number): DocJSON {
  const random = prng(42);
  const doc: DocJSON = { type: "doc", content: [] };
  while (plainTextLength(doc, values) < target) doc.content.push(...randomDoc(random, { blocks: 1 }).content);
  return doc;
}

const doc = documentOfLength(TARGET_CHARACTERS);
const html = documentToHtml(doc);

function render(result: { doc: DocJSON }): void {
  renderEmailHtml(result.doc, { locale: "de-DE", values });
  renderPlainText(result.doc, { values });
}

console.log(
  `document: ${plainTextLength(doc, values)} characters of plain text, ${doc.content.length} blocks, ` +
    `${JSON.stringify(doc).length} bytes JSON, ${html.length} bytes HTML`,
);

const baseline = measure("JSON.parse(JSON.stringify(doc))", () => JSON.parse(JSON.stringify(doc)));
const fromJson = measure("normalise JSON + render HTML and text", () => render(normalizeDocument({ json: doc })));
const fromHtml = measure("normalise HTML + render HTML and text", () => render(normalizeDocument({ html })), { warmup: 10, runs: 100 });
const renderOnly = measure("render HTML and text only", () => render({ doc }));

report(`Editor: normalise + render a ${TARGET_CHARACTERS}-character document`, baseline, [fromJson, fromHtml, renderOnly]);
