/**
 * Server and browser agree: every input normalised on the server (normalizeDocument, jsdom) gives
 * the same document — text, structure, marks — and the same notice as the editor's paste path
 * (normalizeParsedHtml on Chromium's own DOMParser). Inline cases always run; the shared paste and
 * XSS corpora run when present.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeJSON } from "./extensions";
import { normalizeDocument } from "./normalize";
import { startChromiumNormalizer, type ChromiumNormalizer, type Outcome } from "./testing/chromium-normalizer";

const PASTE = path.resolve(import.meta.dirname, "../../../shared/corpora/paste");
const XSS = path.resolve(import.meta.dirname, "../../../shared/corpora/xss");

interface Input {
  name: string;
  html: string;
}

/** Where parsers, foreign content and the table algorithm are easy to get wrong. */
const INLINE: Input[] = [
  { name: "svg script does not swallow what follows", html: "<p>a</p><svg><script>x</script></svg><p>after</p>" },
  { name: "svg style and text", html: "<p>a<svg><style>p{}</style><text>drawn</text><desc>not drawn</desc></svg>b</p>" },
  { name: "p breaks out of svg", html: "<svg><p>out</p>tail</svg>" },
  { name: "font with colour breaks out of svg", html: '<svg><font color="red">out</font></svg>' },
  { name: "foreignObject", html: "<svg><foreignObject><p>inside <b>bold</b></p></foreignObject></svg>" },
  { name: "math", html: "<p>x <math><mi>y</mi><mo>=</mo><mn>2</mn></math> z</p>" },
  { name: "template content is not children", html: "<p>a<template><b>hidden</b></template>b</p>" },
  { name: "noscript in body", html: "<p>a<noscript><b>no script</b></noscript>b</p>" },
  { name: "noscript in head", html: "<html><head><noscript>ns</noscript></head><body><p>x</p></body></html>" },
  { name: "title and style in body", html: "<title>t</title><style>p{}</style><p>x</p>" },
  { name: "foster-parented text", html: "<table><tr><td>cell</td></tr>stray</table>" },
  { name: "foster-parented elements", html: "<table><b>bold</b><tr><td>cell</td></tr></table>" },
  { name: "p in table", html: "<table><p>para</p><tr><td>cell</td></tr></table>" },
  { name: "table in p", html: "<p>before<table><tr><td>cell</td></tr></table>after</p>" },
  { name: "misnested b/i (adoption agency)", html: "<p><b>1<i>2</b>3</i>4</p>" },
  { name: "misnested b/p", html: "<b>1<p>2</b>3</p>" },
  { name: "nested a", html: '<p><a href="https://a.example">one<a href="https://b.example">two</a></a></p>' },
  { name: "div in p", html: "<p>a<div>b</div>c</p>" },
  { name: "stray end tags", html: "</p></div></br>x</b>" },
  { name: "list item outside a list", html: "<li>one</li><li>two</li>" },
  { name: "lists nested directly", html: "<ul><li>a</li><ul><li>b</li></ul></ul>" },
  { name: "object fallback", html: '<p>x<object data="movie.swf"><param name="a" value="b">fallback</object>y</p>' },
  { name: "iframe, video, audio", html: "<p>a<iframe><b>raw</b></iframe><video>v</video><audio>au</audio>b</p>" },
  { name: "textarea and select", html: "<p>a<textarea><b>t</b></textarea><select><option>o1<option>o2</select>b</p>" },
  { name: "plaintext", html: "<p>a</p><plaintext><p>b</p>" },
  { name: "xmp", html: "<xmp><b>x</b></xmp>" },
  { name: "comments and CDATA", html: "<p>a<!-- c -->b<svg><![CDATA[cd]]></svg>c</p>" },
  { name: "entities", html: "<p>&amp; &notit; &lt;b&gt; &nbsp;x &#128512; &#0;</p>" },
  { name: "NUL and CR", html: "<p>a\u0000b\r\nc</p>" },
  { name: "bold and italic by style", html: '<p><span style="font-weight:bold">b</span><span style="font-weight: 700 !important">b2</span><span style="font-style:italic">i</span><b style="font-weight:normal">n</b></p>' },
  { name: "font shorthand", html: '<p><span style="font: italic bold 12px Arial">bi</span></p>' },
  { name: "placeholders", html: '<p>{{order_id}} <span data-placeholder="order_id">other</span> <span data-placeholder="nope">{{nope}}</span></p>' },
  { name: "Word list paragraphs", html: '<p style="mso-list:l0 level1 lfo1"><![if !supportLists]><span>1.<span>&nbsp;</span></span><![endif]>One</p><p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">2.</span>Two</p>' },
  { name: "form clobbering: nodeName", html: "<form><input name=nodeName>123</form>" },
  { name: "form clobbering: nodeType, firstChild, localName", html: "<form><input name=nodeType><img id=firstChild name=x><select name=localName></select>123</form>" },
  { name: "document clobbering", html: '<img name="body"><form name="createElement"></form><img name="querySelectorAll"><p>text</p>' },
  { name: "deep nesting (beyond Chromium's 512 open elements)", html: `${"<div>".repeat(600)}deep${"</div>".repeat(600)}<p>after</p>` },
  { name: "deep nesting: elements past the limit become siblings, text stays", html: `${"<div>".repeat(515)}<b>x<i>y</i>z</b>w` },
  { name: "deep nesting: lists past the limit", html: `${"<div>".repeat(509)}<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li></ul>` },
  { name: "deep nesting: 5,000 levels", html: `${"<span>".repeat(5000)}deep<p>para</p>` },
];

/** Inputs that are expected to differ, with why the difference is not a bug. None so far. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

function corpusInputs(): Input[] {
  const paste = readdirSync(PASTE)
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => ({ name: `paste/${file}`, html: readFileSync(path.join(PASTE, file), "utf8") }));
  const payloads = readFileSync(path.join(XSS, "payloads.txt"), "utf8")
    .split("\n")
    .map((html, i) => ({ name: `xss/payloads.txt line ${i + 1}`, html }))
    .filter(({ html }) => html.trim());
  const cases = (JSON.parse(readFileSync(path.join(XSS, "dompurify-expect.json"), "utf8")) as { payload: string }[]).map(
    (c, i) => ({ name: `xss/dompurify-expect.json case ${i + 1}`, html: c.payload }),
  );
  return [...paste, ...payloads, ...cases];
}

/** The document's text, blocks on lines of their own, placeholders as their token. */
function text(node: NodeJSON): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "placeholder") return `{{${String(node.attrs?.name)}}}`;
  if (node.type === "hardBreak") return "\n";
  const inner = (node.content ?? []).map(text);
  return node.type === "paragraph" || node.type === "heading" ? `${inner.join("")}\n` : inner.join("");
}

function serverOutcome(html: string): Outcome {
  try {
    return { result: normalizeDocument({ html }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** How the two outcomes differ, most telling first; null when they agree. */
function difference(server: Outcome, browser: Outcome): string | null {
  if ("error" in server || "error" in browser) {
    const s = "error" in server ? `error ${server.error}` : "a document";
    const b = "error" in browser ? `error ${browser.error}` : "a document";
    return s === b ? null : `server gave ${s}, Chromium ${b}`;
  }
  const [serverText, browserText] = [text(server.result.doc), text(browser.result.doc)];
  if (serverText !== browserText) return `text: server ${JSON.stringify(serverText)} ≠ Chromium ${JSON.stringify(browserText)}`;
  if (JSON.stringify(server.result.doc) !== JSON.stringify(browser.result.doc)) {
    return `document: server ${JSON.stringify(server.result.doc)} ≠ Chromium ${JSON.stringify(browser.result.doc)}`;
  }
  if (JSON.stringify(server.result.changes) !== JSON.stringify(browser.result.changes)) {
    return `notice: server ${JSON.stringify(server.result.changes)} ≠ Chromium ${JSON.stringify(browser.result.changes)}`;
  }
  return null;
}

const BATCH = 100;

async function compare(browser: ChromiumNormalizer, inputs: Input[]): Promise<{ differences: string[]; expected: string[] }> {
  const differences: string[] = [];
  const expected: string[] = [];
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = inputs.slice(start, start + BATCH);
    const outcomes = await browser.normalize(batch.map((input) => input.html));
    batch.forEach((input, i) => {
      const found = difference(serverOutcome(input.html), outcomes[i]);
      if (found && input.name in KNOWN_DIFFERENCES) expected.push(input.name);
      else if (found) differences.push(`${input.name}: ${found.slice(0, 600)}`);
      else if (input.name in KNOWN_DIFFERENCES) {
        differences.push(`${input.name}: listed as differing (${KNOWN_DIFFERENCES[input.name]}) but agrees now`);
      }
    });
  }
  return { differences, expected };
}

describe("server and Chromium normalise HTML alike", () => {
  let browser: ChromiumNormalizer;
  beforeAll(async () => {
    browser = await startChromiumNormalizer();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("inline cases: parsing edge cases, foreign content, tables, misnesting", async () => {
    const { differences } = await compare(browser, INLINE);
    expect(differences).toEqual([]);
  });

  it("the svg/script case keeps the text after it", () => {
    const { doc, changes } = normalizeDocument({ html: INLINE[0].html });
    expect(text(doc)).toBe("a\nafter\n");
    expect(changes.map((change) => change.kind)).toEqual(["disallowed-element"]);
  });

  describe.skipIf(!existsSync(PASTE) || !existsSync(XSS))("shared corpora", () => {
    it("every paste sample and XSS payload", { timeout: 120_000 }, async () => {
      const inputs = corpusInputs();
      const { differences, expected } = await compare(browser, inputs);
      expect(differences).toEqual([]);
      const listed = Object.keys(KNOWN_DIFFERENCES).filter((name) => !INLINE.some((input) => input.name === name));
      expect(expected.sort()).toEqual(listed.sort());
      // 88 paste samples, 500 payloads, 223 sanitiser cases.
      expect(inputs.length).toBe(811);
    });
  });
});
