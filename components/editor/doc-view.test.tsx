import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DocJSON } from "@/lib/editor/extensions";
import { sampleValues } from "@/lib/editor/placeholders";
import { DocView } from "./doc-view";

const DOC: DocJSON = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Hello " }, { type: "placeholder", attrs: { name: "buyer_name" } }, { type: "text", text: "," }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Track it ", marks: [{ type: "bold" }] },
        { type: "text", text: "here", marks: [{ type: "link", attrs: { href: "https://www.amazon.de/gp/your-account/order-history" } }] },
        { type: "text", text: " or ", marks: [] },
        { type: "text", text: "there", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
      ],
    },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "<b>not markup</b>" }] }] }] },
  ],
};

describe("DocView", () => {
  it("shows placeholders as chips, and with the locale's sample values when asked", () => {
    expect(renderToStaticMarkup(<DocView doc={DOC} locale="de-DE" />)).toContain('<span data-placeholder="buyer_name">{{buyer_name}}</span>');
    const filled = renderToStaticMarkup(<DocView doc={DOC} locale="de-DE" samples />);
    expect(filled).toContain(`Hello ${sampleValues("de-DE").buyer_name},`);
    expect(filled).not.toContain("data-placeholder");
  });

  it("draws allowed links only, and text as text", () => {
    const html = renderToStaticMarkup(<DocView doc={DOC} locale="en-US" />);
    expect(html).toContain('<a href="https://www.amazon.de/gp/your-account/order-history" rel="noopener noreferrer nofollow"');
    expect(html).not.toContain("javascript:");
    expect(html).toContain("there");
    expect(html).toContain("&lt;b&gt;not markup&lt;/b&gt;");
    expect(html).toContain("<strong>Track it </strong>");
  });
});
