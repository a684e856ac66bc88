/**
 * The server's HTML parser: builds what Chromium's DOMParser builds (the differential test checks
 * that on corpora) and keeps nothing of a parsed document once the caller drops it.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { normalizeParsedHtml } from "./normalize-html";
import { parseHtmlDocument } from "./server-dom-parser";

describe("parseHtmlDocument", () => {
  it("puts foster-parented text before the table, as the HTML standard and browsers do", () => {
    const document = parseHtmlDocument("<table><tr><td>cell</td></tr>stray</table>");
    expect(document.body.innerHTML).toBe("stray<table><tbody><tr><td>cell</td></tr></tbody></table>");
  });

  it("parses noscript content as markup, as in a DOMParser document (scripting disabled)", () => {
    expect(parseHtmlDocument("<p><noscript><b>x</b></noscript></p>").querySelector("noscript > b")?.textContent).toBe("x");
  });

  it("keeps no parsed document alive once normalised (one jsdom window serves every parse)", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const refs: WeakRef<Document>[] = [];
    for (let i = 0; i < 5; i++) {
      const document = parseHtmlDocument('<div><p style="font-weight:bold">a</p><ul><ul><li>b</li></ul></ul></div>');
      refs.push(new WeakRef(document));
      // Runs selectors (office repairs) and ProseMirror's rule matching on it.
      normalizeParsedHtml(document);
    }
    // A WeakRef target survives the job that created it: collect in a later one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    // The last one may still sit in a selector engine's "last document" slot; none before it may.
    expect(refs.slice(0, -1).map((ref) => ref.deref() !== undefined)).toEqual([false, false, false, false]);
  });
});
