/**
 * Every clipboard sample in the shared paste corpus (Word, Google Docs, LibreOffice, web pages):
 * normalised and rendered, nothing of the styling survives, and the visible text is kept.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { containsEmoji, stripEmoji } from "./emoji";
import { normalizeDocument } from "./normalize";
import { renderEmailHtml } from "./render-html";
import { documentToHtml } from "./schema-html";
import { sampleValues } from "./placeholders";
import { auditEmailHtml } from "./testing/html-audit";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpora/paste");
const files = readdirSync(CORPUS).filter((file) => file.endsWith(".html")).sort();

/**
 * What a reader of the pasted content sees, taken independently of the normaliser. Exceptions,
 * each because the text is not visible content of the message:
 * - <script>, <style>, <noscript>, <template>, <title>/<head>: not rendered by a browser;
 * - Word's list markers ("1.", "·" in `mso-list:Ignore` spans or `<![if !supportLists]>` sections)
 *   of list *paragraphs*: the list we create numbers its items itself (numbered Word headings keep
 *   their number as text, so their markers stay in the expectation);
 * - emoji: removed on purpose (reported separately, checked below);
 * - whitespace and invisible format characters (zero-width space/joiners, BOM, soft hyphen).
 */
function visibleText(html: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  try {
    const document = new window.DOMParser().parseFromString(html, "text/html");
    for (const element of Array.from(document.body.querySelectorAll("script, style, noscript, template, title"))) element.remove();
    for (const paragraph of Array.from(document.body.querySelectorAll("p"))) {
      if (!/mso-list\s*:\s*l\d/i.test(paragraph.getAttribute("style") ?? "")) continue;
      let inMarker = false;
      for (const node of Array.from(paragraph.childNodes)) {
        const comment = node.nodeType === 8 ? (node.textContent ?? "").trim() : "";
        if (comment === "[if !supportLists]") inMarker = true;
        else if (comment === "[endif]") inMarker = false;
        else if (inMarker) node.parentNode?.removeChild(node);
      }
      for (const span of Array.from(paragraph.querySelectorAll("span"))) {
        if (/mso-list\s*:\s*ignore/i.test(span.getAttribute("style") ?? "")) span.remove();
      }
    }
    return document.body.innerHTML.length ? (document.body.textContent ?? "") : "";
  } finally {
    void window.happyDOM.abort();
    window.happyDOM.close();
  }
}

function comparable(text: string): string {
  return stripEmoji(text).text.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, "");
}

describe("paste corpus", () => {
  it("has the 88 samples SOURCE.md describes", () => {
    expect(files).toHaveLength(88);
  });

  for (const file of files) {
    it(`${file}: no styling or foreign elements survive, visible text is kept`, () => {
      const html = readFileSync(path.join(CORPUS, file), "utf8");
      const { doc, changes } = normalizeDocument({ html });
      const rendered = renderEmailHtml(doc, { locale: "en-US", values: sampleValues("en-US") });
      const audit = auditEmailHtml(rendered);

      expect(audit.problems).toEqual([]);
      expect(rendered).not.toMatch(/<[^>]*\s(style|class|align|color|face|bgcolor)=/i);
      expect(containsEmoji(audit.text)).toBe(false);
      // The schema's own HTML (what the CLI prints) is as clean, apart from placeholder chips.
      const schemaHtml = documentToHtml(doc).replace(/<span data-placeholder="[a-z_]+">\{\{[a-z_]+\}\}<\/span>/g, "");
      expect(schemaHtml).not.toMatch(/<(span|font|center|style|script)\b|\s(style|class|align|color|target)=/i);

      const expected = comparable(visibleText(html));
      const actual = comparable(audit.text);
      if (actual !== expected) {
        let i = 0;
        while (actual[i] === expected[i]) i++;
        expect(actual.slice(Math.max(0, i - 40), i + 80)).toBe(expected.slice(Math.max(0, i - 40), i + 80));
      }
      // What was dropped was reported: inline fonts and font tags as font overrides, <center> as
      // alignment, style sheets as styling.
      const kinds = changes.map((change) => change.kind);
      if (/style\s*=\s*["'][^"']*font-family\s*:|<font\b/i.test(html)) expect(kinds).toContain("font-override");
      if (/<style\b/i.test(html)) expect(kinds).toContain("style");
      if (/<center\b/i.test(html)) expect(kinds).toContain("alignment");
    });
  }
});
