import { describe, expect, it } from "vitest";
import { checkVariant } from "./engine";
import { docToTextView } from "./doc-text";
import type { NodeJSON } from "@/lib/editor/extensions";

const p = (text?: string): NodeJSON => (text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" });

describe("the text a check reads from a document", () => {
  it("leaves out empty blocks, as the stored message does, and keeps every position right", () => {
    const doc = { type: "doc", content: [p("Hello"), p(), p("  "), p("World")] };
    const view = docToTextView(doc);
    expect(view.text).toBe("Hello\n\nWorld");
    // "World" starts after <p>Hello</p> (7), <p></p> (2), <p>  </p> (4) and its own opening (1).
    expect(view.positions[view.text.indexOf("W")]).toBe(14);
  });

  it("raises no line-break finding for an Enter pressed between paragraphs while typing", async () => {
    const doc = { type: "doc" as const, content: [p("Order 123-1234567-1234567 is delayed by a day."), p(), p("We are sorry.")] };
    const result = await checkVariant({ purpose: "order-problem", locale: "en-US", subject: "Your order", doc }, { only: "cheap" });
    expect(result.findings.map((f) => f.ruleId)).not.toContain("styling.line-breaks");
  });
});
