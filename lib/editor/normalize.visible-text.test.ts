/**
 * Text the input shows survives normalisation, or the notice names it; "its text was kept" is only
 * said when it was. The server parses as the browser does (the differential test compares the two
 * on whole corpora; these are the cases behind it).
 */
import { describe, expect, it } from "vitest";
import { tFor } from "@/lib/i18n/server";
import type { NormalizeChange } from "./changes";
import type { NodeJSON } from "./extensions";
import { normalizeDocument } from "./normalize";
import { capNestingDepth } from "./depth-cap";
import { parseHtmlDocument } from "./server-dom-parser";
import { findLostText } from "./text-loss";
import { visibleTextNodes } from "./visible-text";

function text(node: NodeJSON): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "placeholder") return `{{${String(node.attrs?.name)}}}`;
  const inner = (node.content ?? []).map(text).join("");
  return node.type === "paragraph" || node.type === "heading" ? `${inner}|` : inner;
}

function normalized(html: string): { text: string; changes: Record<string, Record<string, string> | number> } {
  const result = normalizeDocument({ html });
  const changes = Object.fromEntries(result.changes.map((c: NormalizeChange) => [c.kind, c.params ?? c.count]));
  return { text: text(result.doc), changes };
}

describe("text the input shows reaches the document", () => {
  it("an <svg><script> does not swallow what follows, and the svg is reported with its text kept", () => {
    expect(normalized("<p>a</p><svg><script>x</script></svg><p>after</p>")).toEqual({
      text: "a|after|",
      changes: { "disallowed-element": { elements: "svg" } },
    });
  });

  it("text foster-parented out of a table comes before it, as in the browser", () => {
    expect(normalized("<table><tr><td>cell</td></tr>stray</table>").text).toBe("stray|cell|");
  });

  it("foreign content keeps its text; HTML inside svg breaks out as in the browser", () => {
    expect(normalized("<p>x <math><mi>y</mi><mo>=</mo><mn>2</mn></math></p>").text).toBe("x y=2|");
    expect(normalized("<svg><p>out</p>tail</svg>").text).toBe("out|tail|");
  });

  it("object fallback is what a browser shows instead of the object: kept", () => {
    expect(normalized('<p>x <object data="a.swf"><param name="a" value="b">fallback</object></p>')).toEqual({
      text: "x fallback|",
      changes: { "disallowed-element": { elements: "object, param" } },
    });
  });

  it("content a browser never shows is removed with its element, and said so", () => {
    const result = normalized(
      "<p>a<template><b>t</b></template><noscript>n</noscript><iframe><p>raw</p></iframe><video>no video</video><audio>no audio</audio>b</p><script>s()</script>",
    );
    expect(result).toEqual({
      text: "ab|",
      changes: { "hidden-content": { elements: "audio, iframe, noscript, script, template, video" } },
    });
  });

  it("nesting deeper than Chromium builds is flattened as Chromium does; other input is parsed as it is", () => {
    const shallow = `${"<div>".repeat(100)}<p>x</p>${"</div>".repeat(100)}`.repeat(10);
    expect(capNestingDepth(shallow)).toBe(shallow);
    expect(normalized(`${"<div>".repeat(515)}<b>x<i>y</i>z</b>w`).text).toBe("w|xzy|");
    expect(normalized(`${"<span>".repeat(2_000)}deep`).text).toBe("deep|");
  });

  it("the corpus of everything else: no text is reported lost for ordinary formatting", () => {
    const result = normalized('<div><h3 style="color:red">Title</h3><p>Hello <u>under</u> <span style="font-family:Arial">world</span> 👍</p><ul><li>one<ul><li>two<ul><li>three</li></ul></li></ul></li></ul></div>');
    expect(result.text).toBe("Title|Hello under world|one|two|three|");
    expect(Object.keys(result.changes)).not.toContain("text-removed");
  });
});

describe("text that did not survive is named", () => {
  it("a placeholder chip whose text is not its token: the text is reported, with where it was", () => {
    const result = normalizeDocument({ html: '<p>Order <span data-placeholder="order_id">other</span> now</p>' });
    expect(text(result.doc)).toBe("Order {{order_id}} now|");
    expect(result.changes).toEqual([
      { kind: "text-removed", count: 5, messageKey: "changes.text-removed", params: { text: "other", elements: "span" } },
    ]);
  });

  it("an unsupported element that lost text is not said to have kept it", () => {
    const result = normalizeDocument({ html: '<p><u>kept <span data-placeholder="order_id">lost</span></u> <sup>2</sup></p>' });
    const byKind = Object.fromEntries(result.changes.map((c) => [c.kind, c]));
    expect(byKind["text-removed"]?.params).toEqual({ text: "lost", elements: "u" });
    expect(byKind["disallowed-element"]?.params).toEqual({ elements: "sup" });
  });

  it("the notice reads well in English and German", () => {
    const change = { count: 5, text: "other", elements: "span" };
    expect(tFor("en", "editor")("changes.text-removed", change)).toBe("5 characters of visible text removed (span): “other”");
    expect(tFor("de", "editor")("changes.text-removed", change)).toBe("5 Zeichen sichtbaren Texts entfernt (span): „other“");
    expect(tFor("en", "editor")("changes.text-removed", { ...change, count: 1, text: "x" })).toBe(
      "1 character of visible text removed (span): “x”",
    );
    expect(tFor("en", "editor")("changes.hidden-content", { count: 2, elements: "script, template" })).toBe(
      "2 elements removed with content a browser does not show (script, template)",
    );
  });
});

describe("findLostText", () => {
  const nodesOf = (html: string) => visibleTextNodes(parseHtmlDocument(html).body);

  it("ignores whitespace, invisible format characters and emoji", () => {
    expect(findLostText(nodesOf("<p>Hello \u200b <b>wor</b>ld&nbsp;👍🏽</p><p>again</p>"), "Hello world again")).toBeNull();
  });

  it("ignores text the document has in addition", () => {
    expect(findLostText(nodesOf("<p>a b</p>"), "a {{order_id}} b")).toBeNull();
  });

  it("finds a run lost in the middle and runs in several places", () => {
    const one = findLostText(nodesOf("<p>abc <i>lost words</i> def</p>"), "abc def");
    expect(one && { count: one.count, excerpt: one.excerpt, nodes: one.nodes.map((n) => n.data) }).toEqual({
      count: 9,
      excerpt: "lost words",
      nodes: ["lost words"],
    });
    expect(findLostText(nodesOf("<p>one alpha two bravo three</p>"), "alpha bravo")?.excerpt).toBe("one … two … three");
  });

  it("does not credit letters that match by coincidence", () => {
    expect(findLostText(nodesOf("<p>x other y</p>"), "x {{order_id}} y")?.excerpt).toBe("other");
  });

  it("large losses: counted by whole text nodes, excerpt shortened", () => {
    const long = "word ".repeat(400);
    const lost = findLostText(nodesOf(`<p>start</p><p>${long}</p><p>end</p>`), "start end");
    expect(lost?.count).toBe(1600);
    expect(lost?.excerpt).toMatch(/^word word .*…$/);
    expect(Array.from(lost?.excerpt ?? "").length).toBeLessThanOrEqual(81);
  });
});
