import { describe, expect, it } from "vitest";
import type { DocJSON } from "./extensions";
import { normalizeDocument } from "./normalize";
import { listPlaceholders, MissingPlaceholderError } from "./placeholder-values";
import { longestSample, sampleValues } from "./placeholders";
import { renderEmailHtml, renderPreviewHtml } from "./render-html";
import { plainTextLength, renderPlainText, renderPreviewText, renderText } from "./render-text";

const fromHtml = (html: string): DocJSON => normalizeDocument({ html }).doc;
const values = { buyer_name: "Ann <b>&", order_id: "171-1234567-1234567", product_name: "Bottle" };

const sample = fromHtml(
  [
    "<h1>Hello {{buyer_name}}</h1>",
    '<p>Your order <b>{{order_id}}</b> of <a href="https://example.com/p?a=1&b=2">{{product_name}} <i>now</i></a> ships.<br>Track: <a href="https://example.com/t">https://example.com/t</a></p>',
    '<h2>Items</h2><ol start="3"><li>one<ul><li>sub <b>b</b></li></ul></li><li>two<p>second paragraph</p></li></ol>',
    '<img src="https://img.example.com/a.png" alt="A &quot;pic&quot;" width="50%"><p>Bye</p>',
  ].join(""),
);

describe("renderEmailHtml", () => {
  it("writes the schema's elements only, in a lang/dir wrapper, with filled and escaped values", () => {
    expect(renderEmailHtml(sample, { locale: "de-DE", values })).toBe(
      '<div lang="de-DE" dir="ltr">' +
        "<h1>Hello Ann &lt;b&gt;&amp;</h1>" +
        '<p>Your order <strong>171-1234567-1234567</strong> of <a href="https://example.com/p?a=1&amp;b=2" rel="noopener noreferrer nofollow">Bottle <em>now</em></a> ships.<br>' +
        'Track: <a href="https://example.com/t" rel="noopener noreferrer nofollow">https://example.com/t</a></p>' +
        '<h2>Items</h2><ol start="3"><li>one<ul><li>sub <strong>b</strong></li></ul></li><li>two<p>second paragraph</p></li></ol>' +
        '<img src="https://img.example.com/a.png" alt="A &quot;pic&quot;" width="50%"><p>Bye</p></div>',
    );
  });

  it("takes the direction from the locale unless given", () => {
    const doc = fromHtml("<p>x</p>");
    expect(renderEmailHtml(doc, { locale: "ar-AE", values: {} })).toBe('<div lang="ar-AE" dir="rtl"><p>x</p></div>');
    expect(renderEmailHtml(doc, { locale: "he-IL", values: {}, dir: "ltr" })).toContain('dir="ltr"');
  });

  it("keeps marks open across adjacent text like ProseMirror does", () => {
    const doc: DocJSON = {
      type: "doc",
      content: [{ type: "paragraph", content: [
        { type: "text", text: "a", marks: [{ type: "bold" }] },
        { type: "text", text: "b", marks: [{ type: "bold" }, { type: "italic" }] },
        { type: "text", text: "c" },
      ] }],
    };
    expect(renderEmailHtml(doc, { locale: "en", values: {} })).toBe('<div lang="en" dir="ltr"><p><strong>a<em>b</em></strong>c</p></div>');
  });
});

describe("renderPlainText", () => {
  it("headings on their own lines, lists as - and 1. items, links as text (url), images as alt (url)", () => {
    expect(renderPlainText(sample, { values })).toBe(
      [
        "Hello Ann <b>&",
        "",
        "Your order 171-1234567-1234567 of Bottle now (https://example.com/p?a=1&b=2) ships.",
        "Track: https://example.com/t",
        "",
        "Items",
        "",
        "3. one",
        "   - sub b",
        "4. two",
        "   second paragraph",
        "",
        'A "pic" (https://img.example.com/a.png)',
        "",
        "Bye",
      ].join("\n"),
    );
    expect(renderText).toBe(renderPlainText);
  });

  it("never has more than two newlines in a row", () => {
    const doc = normalizeDocument({
      json: { type: "doc", content: [
        { type: "paragraph", content: [{ type: "text", text: "a" }, { type: "hardBreak" }, { type: "hardBreak" }, { type: "text", text: "b" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "c" }] }] }] },
      ] },
    }).doc;
    const text = renderPlainText(doc, { values: {} });
    expect(text).not.toMatch(/\n{3}/);
    expect(text).toBe("a\n\nb\n\n- c");
  });
});

describe("placeholders in rendering", () => {
  it("lists each placeholder once in reading order", () => {
    expect(listPlaceholders(sample)).toEqual(["buyer_name", "order_id", "product_name"]);
  });

  it("refuses to render with a missing or empty value, naming all missing ones", () => {
    for (const render of [
      () => renderPlainText(sample, { values: { buyer_name: "Ann", product_name: " " } }),
      () => renderEmailHtml(sample, { locale: "en-US", values: { buyer_name: "Ann" } }),
    ]) {
      let error: unknown;
      try {
        render();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MissingPlaceholderError);
      expect((error as MissingPlaceholderError).missing).toEqual(["order_id", "product_name"]);
    }
  });

  it("previews fill from the locale's samples", () => {
    const doc = fromHtml("<p>{{delivery_date}} / {{buyer_name}}</p>");
    expect(renderPreviewText(doc, "de-DE")).toBe(`${sampleValues("de-DE").delivery_date} / Erika Mustermann`);
    expect(renderPreviewHtml(doc, "ja-JP")).toBe(`<div lang="ja-JP" dir="ltr"><p>2025年3月14日 / ${sampleValues("ja-JP").buyer_name}</p></div>`);
  });

  it("measures length in code points with the longest samples", () => {
    const doc = fromHtml("<p>{{product_name}}: 😀 removed, 𝒜 kept</p>");
    const longest = longestSample("product_name");
    // The emoji's surrounding spaces collapse to one; 𝒜 is two UTF-16 units but one character.
    expect(plainTextLength(doc)).toBe([...`${longest}: removed, 𝒜 kept`].length);
    expect(plainTextLength(doc)).toBe(`${longest}: removed, 𝒜 kept`.length - 1);
  });
});
