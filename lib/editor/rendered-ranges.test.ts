import { describe, expect, it } from "vitest";
import { Node } from "@tiptap/pm/model";
import { editorSchema, type DocJSON } from "./extensions";
import { renderEmailHtml } from "./render-html";
import { rangeOfRenderedElement, renderedRanges } from "./rendered-ranges";
import { prng, randomDoc } from "./testing/random-doc";
import { sampleValues } from "./placeholders";

const link = (href: string) => ({ type: "link", attrs: { href } });
const doc: DocJSON = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Title" }] },
    { type: "paragraph", content: [{ type: "text", text: "See " }, { type: "text", text: "our guide", marks: [link("https://example.com/a")] }, { type: "text", text: " now." }] },
    { type: "image", attrs: { src: "https://example.com/x.png", alt: "x", width: 50 } },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One", marks: [link("https://example.com/b")] }] }] }] },
  ],
};

describe("rendered element ranges", () => {
  it("point at the text and nodes that produced each element", () => {
    const pm = Node.fromJSON(editorSchema, doc);
    const heading = rangeOfRenderedElement(doc, "h1", 0)!;
    expect(pm.textBetween(heading.from, heading.to)).toBe("Title");
    const first = rangeOfRenderedElement(doc, "a", 0)!;
    expect(pm.textBetween(first.from, first.to)).toBe("our guide");
    expect(pm.nodeAt(rangeOfRenderedElement(doc, "img", 0)!.from)?.type.name).toBe("image");
    const second = rangeOfRenderedElement(doc, "a", 1)!;
    expect(pm.textBetween(second.from, second.to)).toBe("One");
    expect(pm.textBetween(rangeOfRenderedElement(doc, "li", 0)!.from, rangeOfRenderedElement(doc, "li", 0)!.to)).toBe("One");
    expect(rangeOfRenderedElement(doc, "a", 2)).toBeNull();
  });

  it("count as many elements per tag as the renderer writes, for generated documents", () => {
    const random = prng(7);
    for (let i = 0; i < 150; i++) {
      const generated = randomDoc(random);
      const html = renderEmailHtml(generated, { locale: "en-US", values: sampleValues("en-US") });
      for (const tag of ["h1", "h2", "li", "img", "a"] as const) {
        const inHtml = (html.match(new RegExp(`<${tag}[ >]`, "g")) ?? []).length;
        expect(renderedRanges(generated).filter((r) => r.tag === tag).length, `${tag} in ${html}`).toBe(inHtml);
      }
      const pm = Node.fromJSON(editorSchema, generated);
      for (const range of renderedRanges(generated)) {
        expect(range.to).toBeLessThanOrEqual(pm.content.size);
        expect(range.from).toBeLessThanOrEqual(range.to);
      }
    }
  });
});
