import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { buildMessageDocument } from "./message-document";

const root = (html: string) => new JSDOM(html).window.document.documentElement;

describe("buildMessageDocument", () => {
  it("puts the message in the body of a document with the variant's lang and direction", () => {
    const html = buildMessageDocument('<div lang="ar-EG" dir="rtl"><p>مرحبا</p></div>', { locale: "ar-EG" });
    const element = root(html);
    expect(element.getAttribute("lang")).toBe("ar-EG");
    expect(element.getAttribute("dir")).toBe("rtl");
    expect(element.ownerDocument.body.innerHTML).toBe('<div lang="ar-EG" dir="rtl"><p>مرحبا</p></div>');
    expect(root(buildMessageDocument("<p>x</p>", { locale: "de-AT" })).getAttribute("dir")).toBe("ltr");
    expect(root(buildMessageDocument("<p>x</p>", { locale: "de", dir: "rtl" })).getAttribute("dir")).toBe("rtl");
  });

  it("leaves lang out for an empty locale and escapes a hostile one", () => {
    expect(root(buildMessageDocument("<p>x</p>", { locale: " " })).hasAttribute("lang")).toBe(false);
    const element = root(buildMessageDocument("<p>x</p>", { locale: '"><script>x</script>' }));
    expect(element.getAttribute("lang")).toBe('"><script>x</script>');
    expect(element.getAttribute("dir")).toBe("ltr");
    expect(element.ownerDocument.querySelectorAll("script")).toHaveLength(0);
  });

  it("adds the caller's head markup", () => {
    const html = buildMessageDocument("<p>x</p>", { locale: "en", head: '<meta name="x" content="y">' });
    expect(root(html).querySelector('head meta[name="x"]')).not.toBeNull();
  });
});
