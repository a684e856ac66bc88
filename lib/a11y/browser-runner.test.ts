import axeModule from "axe-core";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { bindAxe } from "./axe-instance";
import { checkFrameAccessibility, FrameNotAccessibleError } from "./browser-runner";
import { IMAGE_ALT_MEANINGFUL_RULE } from "./custom-rules";
import { buildMessageDocument } from "./message-document";
import { blockingViolations } from "./result";
import { BROWSER_ONLY_RULES } from "./rules";
import { checkAccessibility } from "./server-runner";

/** A studio page with a preview frame like components/preview renders it (sandboxed, no scripts). */
function pageWithPreviewFrame() {
  const dom = new JSDOM('<!DOCTYPE html><html lang="en"><body><h1>Studio</h1><iframe sandbox="allow-same-origin"></iframe></body></html>');
  const frame = dom.window.document.querySelector("iframe")!;
  return { parent: dom.window as unknown as Window, frame: frame as unknown as HTMLIFrameElement };
}

/** jsdom does not implement srcdoc, so the test writes the same document into the frame by DOM. */
function show(frame: HTMLIFrameElement, html: string, locale: string) {
  const document = frame.contentDocument!;
  const { DOMParser } = document.defaultView as Window & typeof globalThis;
  const parsed = new DOMParser().parseFromString(buildMessageDocument(html, { locale }), "text/html");
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}

const SAMPLES = [
  '<div lang="en" dir="ltr"><h1>Your order</h1><p>Hello Jane</p><img src="https://x/mug.jpg" alt="Blue mug" width="50%"></div>',
  '<div lang="en" dir="ltr"><img src="https://x/IMG_0001.jpg" alt="IMG_0001.jpg" width="50%"></div>',
  '<div lang="en" dir="ltr"><img src="https://x/a.jpg" alt="image" width="50%"><p><a href="https://x/t"></a></p></div>',
  '<div lang="de"><h1>Bestellung</h1><h3>Details</h3><ul><li>eins</li></ul><li>verwaist</li></div>',
  '<div lang="xyz123"><p style="color:#ddd">blass</p></div>',
];

describe("checkFrameAccessibility (browser runner)", () => {
  it("explains why: the parent's own axe cannot check a document of another window", async () => {
    const { parent, frame } = pageWithPreviewFrame();
    show(frame, SAMPLES[2], "en");
    const parentAxe = bindAxe(parent, axeModule.source);
    // The frame's nodes belong to another realm: axe's `instanceof window.Node` checks reject them…
    const runOnFrameDocument = async () => parentAxe.run(frame.contentDocument!, { runOnly: ["image-alt"] });
    await expect(runOnFrameDocument()).rejects.toThrow(/arguments are invalid/);
    // …and an include list with the frame's body silently falls back to the parent page.
    const wrong = await parentAxe.run({ include: [frame.contentDocument!.body] }, { runOnly: ["image-alt", "link-name"] });
    expect(wrong.violations).toEqual([]);
    // Bound to the frame's window, the same checks see the frame's content.
    const right = await checkFrameAccessibility(frame);
    expect(right.violations.map((v) => v.ruleId).sort()).toEqual(["link-name", IMAGE_ALT_MEANINGFUL_RULE].sort());
  });

  it("runs no script in the frame and leaves its window as it was", async () => {
    const { frame } = pageWithPreviewFrame();
    show(frame, SAMPLES[0], "en");
    await checkFrameAccessibility(frame);
    expect(Object.hasOwn(frame.contentWindow!, "axe")).toBe(false);
  });

  it.each(SAMPLES.map((html, i) => [i, html]))("gives the server's verdict on sample %i", async (_i, html) => {
    const { frame } = pageWithPreviewFrame();
    const locale = html.includes('lang="de"') ? "de" : "en";
    show(frame, html, locale);
    const browser = await checkFrameAccessibility(frame);
    const server = await checkAccessibility(html, { locale });
    expect(blockingViolations(browser)).toEqual(server.violations);
    expect(browser.axeVersion).toBe(server.axeVersion);
  });

  it("also runs the browser-only rules, which the server leaves out", async () => {
    const { frame } = pageWithPreviewFrame();
    show(frame, SAMPLES[4], "en");
    const browser = await checkFrameAccessibility(frame);
    const server = await checkAccessibility(SAMPLES[4], { locale: "en" });
    const decided = (r: typeof browser) => [...r.incomplete, ...r.violations.map((v) => v.ruleId)];
    // In jsdom the browser runner cannot decide contrast either; in a browser it gives a verdict.
    expect(decided(browser)).toContain("color-contrast");
    expect(decided(server).filter((id) => Object.hasOwn(BROWSER_ONLY_RULES, id))).toEqual([]);
  });

  it("queues checks of the same frame instead of failing with 'Axe is already running'", async () => {
    const { frame } = pageWithPreviewFrame();
    show(frame, SAMPLES[1], "en");
    const results = await Promise.all([1, 2, 3].map(() => checkFrameAccessibility(frame)));
    for (const result of results) expect(result.violations.map((v) => v.ruleId)).toEqual([IMAGE_ALT_MEANINGFUL_RULE]);
  });

  it("checks the frame's current content on every run", async () => {
    const { frame } = pageWithPreviewFrame();
    show(frame, SAMPLES[1], "en");
    expect((await checkFrameAccessibility(frame)).violations).toHaveLength(1);
    show(frame, SAMPLES[0], "en");
    expect((await checkFrameAccessibility(frame)).violations).toEqual([]);
  });

  it("refuses a frame whose document it cannot reach", () => {
    const detached = new JSDOM("").window.document.createElement("iframe") as unknown as HTMLIFrameElement;
    expect(() => checkFrameAccessibility(detached)).toThrow(FrameNotAccessibleError);
  });
});
