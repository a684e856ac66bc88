import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { clearHighlight, HIGHLIGHT_ATTRIBUTE, highlightTarget, previewDocumentHtml } from "./frame-document";

const parse = (html: string) => new JSDOM(html).window.document;

describe("previewDocumentHtml", () => {
  it("is the checked document with the variant's lang/dir and a frame policy", () => {
    const document = parse(previewDocumentHtml("<p>مرحبا</p>", { locale: "ar", dir: "rtl", imagesOff: false }));
    expect(document.documentElement.getAttribute("lang")).toBe("ar");
    expect(document.documentElement.getAttribute("dir")).toBe("rtl");
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("img-src https:");
    expect(policy).not.toContain("script-src");
    expect(document.body.innerHTML).toBe("<p>مرحبا</p>");
  });

  it("blocks every image with images off", () => {
    const document = parse(previewDocumentHtml("<p>x</p>", { locale: "en", dir: "ltr", imagesOff: true }));
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content");
    expect(policy).toContain("img-src 'none'");
  });
});

describe("highlightTarget", () => {
  it("marks the element a target points to, once, with an injected style", () => {
    const document = parse('<html><head></head><body><p id="a">x</p><img src="y.png"></body></html>');
    expect(highlightTarget(document, ["#a"])?.id).toBe("a");
    expect(highlightTarget(document, ['img[src="y.png"]'])?.tagName).toBe("IMG");
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(1);
    expect(document.querySelectorAll("style")).toHaveLength(1);
    clearHighlight(document);
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it("returns null for a target that is not in the document or not a selector", () => {
    const document = parse("<p>x</p>");
    expect(highlightTarget(document, ["#missing"])).toBeNull();
    expect(highlightTarget(document, ["p["])).toBeNull();
    expect(highlightTarget(document, [])).toBeNull();
  });
});
