import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { NODE, type DocJSON, type NodeJSON } from "@/lib/editor/extensions";
import { renderPreviewHtml } from "@/lib/editor/render-html";
import { IMAGE_ALT_MEANINGFUL_RULE } from "./custom-rules";
import { blockingViolations, type A11yResult } from "./result";
import { checkAccessibility, runServerAxe, serverAxeVersion } from "./server-runner";

const text = (value: string, marks?: NodeJSON["marks"]): NodeJSON => ({ type: NODE.text, text: value, marks });
const paragraph = (...content: NodeJSON[]): NodeJSON => ({ type: NODE.paragraph, content });
const heading = (level: 1 | 2, value: string): NodeJSON => ({ type: NODE.heading, attrs: { level }, content: [text(value)] });
const image = (alt: string, src = "https://images.example.com/mug.jpg"): NodeJSON => ({
  type: NODE.image,
  attrs: { src, alt, width: 50 },
});
const doc = (...content: NodeJSON[]): DocJSON => ({ type: "doc", content });

/** A message as the editor renders it: the realistic input of the gate. */
function message(...blocks: NodeJSON[]): string {
  return renderPreviewHtml(
    doc(
      heading(1, "Your order"),
      paragraph(text("Hello "), { type: NODE.placeholder, attrs: { name: "buyer_name" } }, text(", thank you.")),
      ...blocks,
      paragraph(text("Track it "), text("here", [{ type: "link", attrs: { href: "https://track.example.com/1" } }])),
    ),
    "en-GB",
  );
}

const ruleIds = (result: A11yResult) => result.violations.map((v) => v.ruleId).sort();

describe("checkAccessibility (server gate)", () => {
  it("passes a well-formed message from the editor", async () => {
    const result = await checkAccessibility(message(image("Blue ceramic mug with a lid")), { locale: "en-GB" });
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5);
    expect(result.axeVersion).toBe(createRequire(import.meta.url)("axe-core/package.json").version);
  });

  it.each(["image", "Image 2", "Bild", "photo.", "IMG_0001.jpg", "DSC01234", "mug-final.PNG", "94251e110d24a4c2b6e6ce76e7203374"])(
    "reports an image whose alt text is %j as not meaningful",
    async (alt) => {
      const result = await checkAccessibility(message(image(alt)), { locale: "en-GB" });
      expect(ruleIds(result)).toEqual([IMAGE_ALT_MEANINGFUL_RULE]);
      const [violation] = result.violations;
      expect(violation.wcag).toEqual(["1.1.1"]);
      expect(violation.helpKey).toBe(`rules.${IMAGE_ALT_MEANINGFUL_RULE}`);
      expect(violation.nodes).toHaveLength(1);
      expect(violation.nodes[0].html).toContain(`alt="${alt}"`);
    },
  );

  it("clears the violation once the alt text is fixed", async () => {
    const before = await checkAccessibility(message(image("IMG_0001.jpg")), { locale: "en-GB" });
    const after = await checkAccessibility(message(image("Mug, front view")), { locale: "en-GB" });
    expect(blockingViolations(before)).toHaveLength(1);
    expect(blockingViolations(after)).toEqual([]);
  });

  it("reports an image without alt and an empty link, with the element and the WCAG criteria", async () => {
    const html = '<div lang="en"><p>See <a href="https://example.com/x"></a></p><img src="https://example.com/a.png"></div>';
    const result = await checkAccessibility(html, { locale: "en" });
    expect(ruleIds(result)).toEqual(["image-alt", "link-name"]);
    const link = result.violations.find((v) => v.ruleId === "link-name")!;
    expect(link.wcag).toEqual(["2.4.4", "4.1.2"]);
    expect(link.level).toBe("A");
    expect(link.nodes).toEqual([{ target: ["a"], html: '<a href="https://example.com/x"></a>' }]);
  });

  it("does not report a link whose only content is an image with a meaningful alt", async () => {
    const html = '<p><a href="https://example.com/x"><img src="https://example.com/a.png" alt="Return form"></a></p>';
    expect((await checkAccessibility(html, { locale: "en" })).violations).toEqual([]);
  });

  it("reports a missing or invalid document language, and an invalid language on a part", async () => {
    expect(ruleIds(await checkAccessibility("<p>Hello</p>", { locale: "" }))).toEqual(["html-has-lang"]);
    expect(ruleIds(await checkAccessibility("<p>Hello</p>", { locale: "english" }))).toEqual(["html-lang-valid"]);
    const part = '<p>Hello</p><p lang="xyz123">Bonjour</p>';
    expect(ruleIds(await checkAccessibility(part, { locale: "en" }))).toEqual(["valid-lang"]);
  });

  it("reports a skipped heading level and an empty heading (best practice, no WCAG criterion)", async () => {
    const result = await checkAccessibility("<h1>Order</h1><h3>Details</h3><h2></h2>", { locale: "de" });
    expect(ruleIds(result)).toEqual(["empty-heading", "heading-order"]);
    expect(result.violations.every((v) => v.level === "best-practice" && v.wcag.length === 0)).toBe(true);
    expect((await checkAccessibility("<h1>Order</h1><h2>Details</h2><h1>Help</h1>", { locale: "de" })).violations).toEqual([]);
  });

  it("reports broken list structure", async () => {
    const result = await checkAccessibility("<ul><p>not an item</p><li>item</li></ul><li>orphan</li>", { locale: "en" });
    expect(ruleIds(result)).toEqual(["list", "listitem"]);
  });

  it("ignores elements hidden from everyone", async () => {
    const html = '<p style="display:none"><img src="https://x/a.png" alt="image"></p><style>.off{display:none}</style><img class="off" src="https://x/b.png">';
    expect((await checkAccessibility(html, { locale: "en" })).violations).toEqual([]);
  });

  it("does not run the browser-only rules: low contrast is neither a violation nor undecided on the server", async () => {
    const result = await checkAccessibility('<p style="color:#eee;background:#fff">faint</p>', { locale: "en" });
    expect(result.violations).toEqual([]);
    expect(result.incomplete).not.toContain("color-contrast");
  });

  it("checks a whole document as given, root attributes included", async () => {
    const bare = await runServerAxe("<!DOCTYPE html><html><body><p>x</p></body></html>", { rules: ["html-has-lang"] });
    expect(bare.violations.map((v) => v.id)).toEqual(["html-has-lang"]);
    const mismatch = '<html lang="en" xml:lang="de"><body><p>x</p></body></html>';
    expect((await runServerAxe(mismatch, { rules: ["html-xml-lang-mismatch"] })).violations).toHaveLength(1);
  });

  it("gives each of many concurrent checks its own result", async () => {
    const inputs = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? message(image("image")) : i % 3 === 1 ? message(image("A red scarf")) : "<p><a href='https://x'></a></p>",
    );
    const results = await Promise.all(inputs.map((html) => checkAccessibility(html, { locale: "en" })));
    results.forEach((result, i) => {
      const expected = i % 3 === 0 ? [IMAGE_ALT_MEANINGFUL_RULE] : i % 3 === 1 ? [] : ["link-name"];
      expect(ruleIds(result), `input ${i}`).toEqual(expected);
    });
  });

  it("keeps the queue usable after a failing run", async () => {
    await expect(runServerAxe("<p>x</p>", { rules: ["no-such-rule"] })).rejects.toThrow();
    expect(ruleIds(await checkAccessibility("<img src='https://x/a.png'>", { locale: "en" }))).toEqual(["image-alt"]);
    expect(serverAxeVersion()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
