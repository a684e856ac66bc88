import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { clearHighlight, HIGHLIGHT_ATTRIBUTE, highlightTarget } from "./highlight";

const parse = (html: string) => new JSDOM(html).window.document;

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
