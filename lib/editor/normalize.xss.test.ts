/**
 * XSS payloads (PayloadsAllTheThings) and DOMPurify's sanitiser cases as HTML input: after
 * normalising and rendering, nothing executable or remote-loading is left.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeDocument } from "./normalize";
import { sampleValues } from "./placeholders";
import { renderEmailHtml } from "./render-html";
import { documentToHtml } from "./schema-html";
import { auditEmailHtml } from "./testing/html-audit";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpora/xss");
const payloads = readFileSync(path.join(CORPUS, "payloads.txt"), "utf8").split("\n").filter((line) => line.trim());
const cases = JSON.parse(readFileSync(path.join(CORPUS, "dompurify-expect.json"), "utf8")) as { payload: string }[];
const eventHandlers = readFileSync(path.join(CORPUS, "event-handlers.txt"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);

const DANGEROUS_ELEMENTS = /<(script|iframe|object|embed|svg|math|style|link|meta|base|form|frame|applet|template)\b/i;
// Inside tags only: escaped text ("&lt;script") is harmless and may legitimately mention these words.
const TAGS = /<[a-z][^>]*>/gi;

function checkRendered(html: string): string[] {
  const problems = auditEmailHtml(html).problems;
  if (DANGEROUS_ELEMENTS.test(html)) problems.push("dangerous element");
  for (const tag of html.match(TAGS) ?? []) {
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`event handler in ${tag}`);
    for (const handler of eventHandlers) if (tag.toLowerCase().includes(` ${handler}=`)) problems.push(`${handler} in ${tag}`);
    if (/(javascript|vbscript|data|livescript)\s*:/i.test(tag)) problems.push(`script/data URL in ${tag}`);
    if (/\s(src|href)="(?!https:\/\/)/i.test(tag)) problems.push(`non-https URL in ${tag}`);
  }
  return problems;
}

const PLACEHOLDER_CHIP = /<span data-placeholder="[a-z_]+">\{\{[a-z_]+\}\}<\/span>/g;

describe("XSS corpus", () => {
  it("the checker itself flags what it looks for", () => {
    expect(checkRendered('<div lang="en" dir="ltr"><p><a href="javascript:alert(1)" onclick="x()">x</a></p></div>').length).toBeGreaterThan(2);
    expect(checkRendered('<div lang="en" dir="ltr"><img src="data:image/png;base64,AA" alt="a" width="10%"></div>')).not.toEqual([]);
    expect(checkRendered('<div lang="en" dir="ltr"><svg><script>alert(1)</script></svg></div>')).not.toEqual([]);
    expect(checkRendered('<div lang="en" dir="ltr"><p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:</p></div>')).toEqual([]);
  });

  it("has the event handler list and the expected sizes", () => {
    expect(payloads.length).toBe(500);
    expect(cases.length).toBe(223);
    expect(eventHandlers.length).toBeGreaterThan(100);
  });

  const inputs = [
    ...payloads.map((payload, i) => ({ name: `payloads.txt line ${i + 1}`, html: payload })),
    ...cases.map((c, i) => ({ name: `dompurify case ${i + 1}`, html: c.payload })),
  ];

  // One test per source keeps the report readable; failures list every offending input.
  it("nothing executable survives normalise → render (email HTML and schema HTML)", () => {
    const failures: string[] = [];
    for (const { name, html } of inputs) {
      const { doc } = normalizeDocument({ html });
      // The schema's HTML carries placeholder chips by design; everything else must pass the same checks.
      const schemaHtml = documentToHtml(doc).replace(PLACEHOLDER_CHIP, "");
      for (const rendered of [renderEmailHtml(doc, { locale: "en-US", values: sampleValues("en-US") }), schemaHtml]) {
        const problems = checkRendered(rendered);
        if (problems.length) failures.push(`${name}: ${problems.join("; ")} :: ${rendered.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
