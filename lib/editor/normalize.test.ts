import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ChangeKind } from "./changes";
import type { DocJSON, NodeJSON } from "./extensions";
import { DocumentRejectedError, MAX_DOCUMENT_BYTES, normalizeDocument, normalizeText } from "./normalize";

const PASTE = path.resolve(import.meta.dirname, "../../../shared/corpora/paste");
const paste = (file: string) => normalizeDocument({ html: readFileSync(path.join(PASTE, file), "utf8") });

function count(result: { changes: { kind: ChangeKind; count: number }[] }, kind: ChangeKind): number {
  return result.changes.find((change) => change.kind === kind)?.count ?? 0;
}

function nodes(doc: NodeJSON, type: string): NodeJSON[] {
  const found: NodeJSON[] = [];
  const visit = (node: NodeJSON) => {
    if (node.type === type) found.push(node);
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
}

function text(node: NodeJSON): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "placeholder") return `{{${String(node.attrs?.name)}}}`;
  return (node.content ?? []).map(text).join("");
}

function markedText(doc: DocJSON, mark: string): string[] {
  return nodes(doc, "text")
    .filter((node) => node.marks?.some((m) => m.type === mark))
    .map((node) => node.text ?? "");
}

const para = (...content: NodeJSON[]): NodeJSON => ({ type: "paragraph", content });
const t = (value: string, marks?: NodeJSON["marks"]): NodeJSON => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const br: NodeJSON = { type: "hardBreak" };
const doc = (...content: NodeJSON[]): DocJSON => ({ type: "doc", content });

describe("paste mapping from office suites", () => {
  it("Word: headings keep their level (≤ 2), lists become real lists without the typed markers", () => {
    const headings = paste("word--ck4-word-paragraphs_with_headers-word2013-firefox.html").doc;
    expect(nodes(headings, "heading").map((h) => h.attrs?.level)).toEqual([1, 2, 2]);

    const ordered = paste("word--ck4-word-ordered_list-word2013-chrome.html").doc;
    const list = nodes(ordered, "orderedList");
    expect(list).toHaveLength(1);
    expect(nodes(list[0], "listItem").map(text)).not.toContainEqual(expect.stringMatching(/^\d\./));
    expect(nodes(list[0], "listItem").length).toBeGreaterThan(2);

    const bullets = paste("word--ck4-word-unordered_list-word2013-firefox.html").doc;
    expect(nodes(bullets, "bulletList").length).toBeGreaterThan(0);
    expect(nodes(bullets, "listItem").map(text).join(" ")).not.toMatch(/[·§]/);
  });

  it("Word: bold and italic survive as marks, colours and fonts are counted", () => {
    const result = paste("word--ck4-word-inlinestyles-word2013-chrome.html");
    expect(markedText(result.doc, "bold").length + markedText(result.doc, "italic").length).toBeGreaterThan(0);
    expect(count(result, "colour-override")).toBeGreaterThan(0);
    expect(count(result, "font-override")).toBeGreaterThan(0);
  });

  it("Google Docs: the <b style=font-weight:normal> wrapper is not bold, font-weight:700 spans are", () => {
    const result = paste("gdocs--gd2md-inline-formatting.html");
    const bold = markedText(result.doc, "bold");
    const all = nodes(result.doc, "text").map((n) => n.text).join("");
    expect(bold.length).toBeGreaterThan(0);
    expect(bold.join("").length).toBeLessThan(all.length);
    expect(markedText(result.doc, "italic").length).toBeGreaterThan(0);
  });

  it("Google Docs: headings map to two levels, lists stay lists with one nesting level", () => {
    const headings = paste("gdocs--gd2md-headings-and-paragraphs.html");
    const levels = nodes(headings.doc, "heading").map((h) => h.attrs?.level);
    expect(levels.length).toBeGreaterThan(2);
    expect(new Set(levels)).toEqual(new Set([1, 2]));
    expect(count(headings, "heading-level")).toBeGreaterThan(0);

    const lists = paste("gdocs--gd2md-lists.html");
    expect(nodes(lists.doc, "bulletList").length + nodes(lists.doc, "orderedList").length).toBeGreaterThan(1);
    expect(count(lists, "list-nesting")).toBeGreaterThan(0);
    const depth = (node: NodeJSON, d = 0): number =>
      Math.max(d, ...(node.content ?? []).map((c) => depth(c, d + (c.type.endsWith("List") ? 1 : 0))));
    expect(depth(lists.doc)).toBe(2);
  });

  it("LibreOffice: headings, bold/italic and https links are kept, the http link is reported", () => {
    const styles = paste("libreoffice--ck4-lo6-basic_styles.html");
    expect(markedText(styles.doc, "bold").length).toBeGreaterThan(0);
    expect(markedText(styles.doc, "italic").length).toBeGreaterThan(0);
    expect(styles.changes.find((c) => c.kind === "disallowed-element")?.params?.elements).toContain("u");

    const heading = paste("libreoffice--ck4-lo6-heading_alignment.html");
    expect(nodes(heading.doc, "heading").length).toBeGreaterThan(0);
    expect(count(heading, "alignment")).toBeGreaterThan(0);

    const link = paste("libreoffice--ck4-lo6-link.html");
    expect(count(link, "insecure-link")).toBe(1);
  });

  it("keeps https links with only href (no class, target, title, pasted rel)", () => {
    const { doc: result } = normalizeDocument({
      html: '<p><a href=" https://example.com/a?b=1 " class="x" target="_blank" rel="opener" title="t" style="color:red">go</a></p>',
    });
    expect(nodes(result, "text")[0].marks).toEqual([{ type: "link", attrs: { href: "https://example.com/a?b=1" } }]);
  });

  it("maps h3–h6 to level 2", () => {
    const result = normalizeDocument({ html: "<h3>a</h3><h4>b</h4><h5>c</h5><h6>d</h6><h1>e</h1>" });
    expect(nodes(result.doc, "heading").map((h) => h.attrs?.level)).toEqual([2, 2, 2, 2, 1]);
    expect(count(result, "heading-level")).toBe(4);
  });
});

describe("what is removed and reported", () => {
  it("counts colours, fonts, alignment and other styling per element", () => {
    const result = normalizeDocument({
      html: '<p style="color:red;background:#fff">a</p><p><font color="blue" face="Arial">b</font></p><center>c</center><p align="right" style="font-family:Arial;line-height:2">d</p><p class="x">e</p>',
    });
    expect(count(result, "colour-override")).toBe(2);
    expect(count(result, "font-override")).toBe(2);
    expect(count(result, "alignment")).toBe(2);
    expect(count(result, "style")).toBe(1);
    expect(result.doc).toEqual(doc(para(t("a")), para(t("b")), para(t("c")), para(t("d")), para(t("e"))));
  });

  it("removes emoji (by Unicode property) and counts each one, also in image alt", () => {
    const result = normalizeDocument({
      html: '<p>Thanks 👍🏽 for your order 🇩🇪 👨‍👩‍👧 ❤️ © 2025</p><img src="https://x.example/a.png" alt="logo 😀">',
    });
    expect(count(result, "emoji")).toBe(5);
    expect(text(result.doc.content[0])).toBe("Thanks for your order © 2025");
    expect(result.doc.content[1].attrs?.alt).toBe("logo");
  });

  it("refuses insecure, embedded, animated and undescribed images, narrows wide ones", () => {
    const result = normalizeDocument({
      html: [
        '<img src="http://x.example/a.png" alt="a">',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="a">',
        '<img src="https://x.example/a.GIF?v=1" alt="a">',
        '<img src="https://x.example/a.png">',
        '<img src="https://x.example/a.png" alt="  ">',
        '<img src="https://x.example/b.png" alt="wide" width="100%">',
        '<img src="https://x.example/c.png" alt="ok" style="width: 40%">',
        '<img src="https://x.example/d.png" alt="pixels" width="300">',
      ].join(""),
    });
    expect(count(result, "insecure-image")).toBe(1);
    expect(count(result, "data-image")).toBe(1);
    expect(count(result, "gif")).toBe(1);
    expect(count(result, "image-without-alt")).toBe(2);
    expect(count(result, "image-width")).toBe(1);
    expect(nodes(result.doc, "image").map((i) => [i.attrs?.alt, i.attrs?.width])).toEqual([
      ["wide", 80],
      ["ok", 40],
      ["pixels", 80],
    ]);
  });

  it("keeps the text of refused links and says why", () => {
    const result = normalizeDocument({
      html: '<p><a href="http://a.example">one</a> <a href="javascript:alert(1)">two</a> <a href="mailto:x@y.z">three</a> <a href="#top">four</a> <a name="x">five</a></p>',
    });
    expect(text(result.doc.content[0])).toBe("one two three four five");
    expect(nodes(result.doc, "text").every((n) => !n.marks)).toBe(true);
    expect(count(result, "insecure-link")).toBe(1);
    expect(count(result, "disallowed-link")).toBe(3);
  });

  it("allows two line breaks in a row, removes the third and those at block edges and empty lines", () => {
    const result = normalizeDocument({ html: "<p><br>a<br><br><br>b<br> <br> <br>c<br></p><p>&nbsp;</p><p></p><p>d</p>" });
    expect(result.doc).toEqual(doc(para(t("a"), br, br, t("b"), br, br, t("c")), para(t("d"))));
    // Named: the break before "a" and the third ones in a row. Silent: the break at the end of the
    // block and the empty blocks, which are where an author is still typing (issue 15 item 1).
    expect(count(result, "extra-line-break")).toBe(3);
  });

  it("names nothing for an Enter or Shift+Enter just pressed at the end, or a blank line between paragraphs", () => {
    for (const html of ["<p>Hello <b>you</b></p><p></p>", "<p>Hello</p><p></p><p></p>", "<p>Hello<br></p>", "<p>Hello</p><p></p><p>World</p>"]) {
      const result = normalizeDocument({ html });
      expect(result.changes, html).toEqual([]);
    }
  });

  it("names the unsupported elements it unwrapped and keeps their text; scripts go with their content", () => {
    const result = normalizeDocument({ html: "<table><tr><td>cell</td></tr></table><p><u>under</u><sup>2</sup></p><blockquote>q</blockquote><script>alert(1)</script>" });
    const change = result.changes.find((c) => c.kind === "disallowed-element");
    expect(change?.params?.elements).toBe("blockquote, sup, table, u");
    expect(result.changes.find((c) => c.kind === "hidden-content")?.params?.elements).toBe("script");
    expect(result.doc.content.map(text)).toEqual(["cell", "under2", "q"]);
  });
});

describe("placeholders", () => {
  it("turns known {{names}} into nodes in HTML (also inside marks) and reports unknown ones", () => {
    const result = normalizeDocument({ html: "<p>Order <b>{{order_id}}</b> for {{ buyer_name }}: {{coupon}} {{coupon}}</p>" });
    expect(result.doc.content[0].content).toEqual([
      t("Order "),
      { type: "placeholder", attrs: { name: "order_id" }, marks: [{ type: "bold" }] },
      t(" for "),
      { type: "placeholder", attrs: { name: "buyer_name" } },
      t(": {{coupon}} {{coupon}}"),
    ]);
    expect(result.unknownPlaceholders).toEqual(["coupon"]);
    expect(result.changes.find((c) => c.kind === "unknown-placeholder")?.params).toEqual({ names: "coupon" });
  });

  it("parses our own placeholder chips and refuses chips with unknown names", () => {
    const result = normalizeDocument({ html: '<p><span data-placeholder="asin">{{asin}}</span> <span data-placeholder="evil">{{evil}}</span></p>' });
    expect(result.doc.content[0].content).toEqual([{ type: "placeholder", attrs: { name: "asin" } }, t(" {{evil}}")]);
    expect(result.unknownPlaceholders).toEqual(["evil"]);
  });

  it("turns placeholders in plain text into nodes; blank lines separate paragraphs", () => {
    const result = normalizeText("Hello {{buyer_name}},\r\nthanks!\n\n\n\nOrder {{order_id}} 😀\n{{unknown_thing}}\n");
    expect(result.doc).toEqual(
      doc(
        para(t("Hello "), { type: "placeholder", attrs: { name: "buyer_name" } }, t(","), br, t("thanks!")),
        para(t("Order "), { type: "placeholder", attrs: { name: "order_id" } }, br, t("{{unknown_thing}}")),
      ),
    );
    expect(result.unknownPlaceholders).toEqual(["unknown_thing"]);
    expect(count(result, "emoji")).toBe(1);
  });
});

describe("JSON from a client is never trusted", () => {
  it("applies the same content rules as for HTML", () => {
    const result = normalizeDocument({
      json: doc(
        para(t("Hi 😀 {{buyer_name}}"), br, br, br, t("x", [{ type: "link", attrs: { href: "javascript:alert(1)", target: "_blank", class: "c" } }])),
        { type: "image", attrs: { src: "http://x.example/a.png", alt: "a" } },
        { type: "image", attrs: { src: "https://x.example/a.png", alt: "a", width: 95 } },
        { type: "heading", attrs: { level: 5 }, content: [t("H")] },
        { type: "paragraph", content: [{ type: "placeholder", attrs: { name: "nope" } }] },
      ),
    });
    expect(result.doc).toEqual(
      doc(
        para(t("Hi "), { type: "placeholder", attrs: { name: "buyer_name" } }, br, br, t("x")),
        { type: "image", attrs: { src: "https://x.example/a.png", alt: "a", width: 80 } },
        { type: "heading", attrs: { level: 2 }, content: [t("H")] },
        para(t("{{nope}}")),
      ),
    );
    expect(result.changes.map((c) => c.kind)).toEqual([
      "emoji", "insecure-image", "image-width", "disallowed-link", "extra-line-break", "heading-level", "unknown-placeholder",
    ]);
  });

  it("flattens lists nested deeper than one level", () => {
    const item = (label: string, ...rest: NodeJSON[]): NodeJSON => ({ type: "listItem", content: [para(t(label)), ...rest] });
    const bullet = (...items: NodeJSON[]): NodeJSON => ({ type: "bulletList", content: items });
    const result = normalizeDocument({ json: doc(bullet(item("a", bullet(item("b", bullet(item("c", bullet(item("d"))))))), item("e"))) });
    expect(result.doc).toEqual(doc(bullet(item("a", bullet(item("b"), item("c"), item("d"))), item("e"))));
    expect(count(result, "list-nesting")).toBe(2);
  });

  it("refuses documents outside the schema with 422 and a reason", () => {
    const rejected = (json: unknown) => {
      try {
        normalizeDocument({ json });
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const json of [
      doc({ type: "table", content: [] }),
      doc(t("bare text")),
      doc(para({ type: "image", attrs: { src: "https://x.example/a.png", alt: "a" } })),
      doc(para(t("x", [{ type: "underline" }]))),
      doc({ type: "heading", attrs: { level: 1 } }, { type: "bulletList", content: [] }),
    ]) {
      const error = rejected(json);
      expect(error, JSON.stringify(json)).toBeInstanceOf(DocumentRejectedError);
      expect((error as DocumentRejectedError).status).toBe(422);
      expect((error as DocumentRejectedError).messageKey).toBe("editor:errors.schema");
    }
    for (const json of [null, "doc", [], { type: "paragraph" }]) {
      expect((rejected(json) as DocumentRejectedError).messageKey).toBe("editor:errors.not-a-document");
    }
  });

  it("refuses documents over the size limit with 413, JSON and normalised HTML alike", () => {
    const big = "x".repeat(MAX_DOCUMENT_BYTES);
    for (const input of [{ json: doc(para(t(big))) }, { html: `<p>${big}</p>` }]) {
      let error: unknown;
      try {
        normalizeDocument(input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DocumentRejectedError);
      expect((error as DocumentRejectedError).status).toBe(413);
    }
    // Office clipboards are mostly style sheets: a large input with little content is fine.
    const styled = `<style>${"p{color:red}".repeat(10_000)}</style><p>short</p>`;
    expect(normalizeDocument({ html: styled }).doc).toEqual(doc(para(t("short"))));
  });

  it("is idempotent: a normalised document normalises to itself without changes", () => {
    const first = normalizeDocument({ html: readFileSync(path.join(PASTE, "gdocs--pt-gdocs.html"), "utf8") });
    const second = normalizeDocument({ json: first.doc });
    expect(second.doc).toEqual(first.doc);
    expect(second.changes).toEqual([]);
  });
});
