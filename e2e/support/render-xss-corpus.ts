/**
 * Prints, as JSON, every XSS corpus input (payloads.txt and DOMPurify's cases) after the server's
 * normaliser and the email renderer: what a buyer's mail client or the preview would load. Run with
 * tsx by e2e/editor.spec.ts, which loads each result in Chromium.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizeDocument } from "@/lib/editor/normalize";
import { renderPreviewHtml } from "@/lib/editor/render-html";

const corpus = path.resolve(import.meta.dirname, "../../../shared/corpora/xss");
const payloads = readFileSync(path.join(corpus, "payloads.txt"), "utf8").split("\n").filter((line) => line.trim());
const cases = JSON.parse(readFileSync(path.join(corpus, "dompurify-expect.json"), "utf8")) as { payload: string }[];
const inputs = [
  ...payloads.map((html, i) => ({ name: `payloads.txt line ${i + 1}`, html })),
  ...cases.map((c, i) => ({ name: `dompurify case ${i + 1}`, html: c.payload })),
];
const rendered = inputs.map(({ name, html }) => {
  try {
    return { name, html: renderPreviewHtml(normalizeDocument({ html }).doc, "en-US") };
  } catch (error) {
    // Refused inputs (too large, not a document) render nothing: nothing to load.
    return { name, html: "", refused: error instanceof Error ? error.message : String(error) };
  }
});
process.stdout.write(JSON.stringify(rendered));
