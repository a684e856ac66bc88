/**
 * The preview frame's runner in jsdom, driven the way the studio drives it (protocol messages in,
 * protocol messages out), with axe bound to the frame's jsdom window as the browser would load it
 * there. The browser end to end (sandbox, origins, policy) is in e2e/security.spec.ts.
 */
import axeModule from "axe-core";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { bindAxe, type AxeInstance } from "./axe-instance";
import { IMAGE_ALT_MEANINGFUL_RULE } from "./custom-rules";
import { FRAME_PROTOCOL, fromFrameSchema, type FromFrame } from "./frame-protocol";
import { createFrameRunner } from "./frame-runner";
import { HIGHLIGHT_ATTRIBUTE } from "./highlight";
import { buildMessageDocument } from "./message-document";
import { blockingViolations, type A11yResult } from "./result";
import { BROWSER_ONLY_RULES } from "./rules";
import { checkAccessibility } from "./server-runner";

const SAMPLES = [
  '<div lang="en" dir="ltr"><h1>Your order</h1><p>Hello Jane</p><img src="https://x/mug.jpg" alt="Blue mug" width="50%"></div>',
  '<div lang="en" dir="ltr"><img src="https://x/IMG_0001.jpg" alt="IMG_0001.jpg" width="50%"></div>',
  '<div lang="en" dir="ltr"><img src="https://x/a.jpg" alt="image" width="50%"><p><a href="https://x/t"></a></p></div>',
  '<div lang="de"><h1>Bestellung</h1><h3>Details</h3><ul><li>eins</li></ul><li>verwaist</li></div>',
  '<div lang="xyz123"><p style="color:#ddd">blass</p></div>',
  '<div lang="en" dir="ltr"><p>Please <a href="https://x/t">click here</a>.</p><p>To track it, <a href="https://x/t">click here</a>.</p></div>',
];

function frame(axeFor: (window: Window) => AxeInstance = (window) => bindAxe(window, axeModule.source)) {
  const window = new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>").window as unknown as Window;
  const posted: FromFrame[] = [];
  const runner = createFrameRunner({ window, axe: axeFor(window), post: (message) => posted.push(fromFrameSchema.parse(message)) });
  let run = 0;
  const render = async (html: string, locale = "en") => {
    const id = ++run;
    await runner.receive({ protocol: FRAME_PROTOCOL, type: "render", run: id, document: buildMessageDocument(html, { locale }) });
    const answer = posted.find((m) => m.type !== "ready" && m.run === id);
    if (answer?.type !== "result") throw new Error(`no result for run ${id}: ${JSON.stringify(answer)}`);
    return answer.result;
  };
  return { window, runner, posted, render };
}

const ruleIds = (result: A11yResult) => result.violations.map((v) => v.ruleId).sort();

describe("the preview frame's runner", () => {
  it("says it is ready", () => {
    const { runner, posted } = frame();
    runner.announce();
    expect(posted).toEqual([{ protocol: FRAME_PROTOCOL, type: "ready" }]);
  });

  it.each(SAMPLES.map((html, i) => [i, html]))("shows the message and gives the server's verdict on sample %i", async (_i, html) => {
    const locale = html.includes('lang="de"') ? "de" : "en";
    const { window, render } = frame();
    const browser = await render(html, locale);
    expect(window.document.documentElement.getAttribute("lang")).toBe(locale);
    const server = await checkAccessibility(html, { locale });
    expect(blockingViolations(browser)).toEqual(server.violations);
    expect(browser.axeVersion).toBe(server.axeVersion);
  });

  it("also runs the browser-only rules, which the server leaves out", async () => {
    const { render } = frame();
    const browser = await render(SAMPLES[4]);
    const server = await checkAccessibility(SAMPLES[4], { locale: "en" });
    const decided = (r: A11yResult) => [...r.incomplete, ...r.violations.map((v) => v.ruleId)];
    // jsdom cannot decide contrast either; a browser gives a verdict.
    expect(decided(browser)).toContain("color-contrast");
    expect(decided(server).filter((id) => Object.hasOwn(BROWSER_ONLY_RULES, id))).toEqual([]);
  });

  it("checks the document it shows now, every time", async () => {
    const { render } = frame();
    expect(ruleIds(await render(SAMPLES[1]))).toEqual([IMAGE_ALT_MEANINGFUL_RULE]);
    expect(ruleIds(await render(SAMPLES[0]))).toEqual([]);
    expect(ruleIds(await render(SAMPLES[2]))).toEqual(["link-name", IMAGE_ALT_MEANINGFUL_RULE].sort());
  });

  it("answers renders that arrive together one after the other, each with its own run", async () => {
    const { runner, posted } = frame();
    const documents = [SAMPLES[1], SAMPLES[0], SAMPLES[1]].map((html) => buildMessageDocument(html, { locale: "en" }));
    await Promise.all(documents.map((document, i) => runner.receive({ protocol: FRAME_PROTOCOL, type: "render", run: i + 1, document })));
    expect(posted.map((m) => (m.type === "result" ? [m.run, m.result.violations.length] : m.type))).toEqual([
      [1, 1],
      [2, 0],
      [3, 1],
    ]);
  });

  it("marks the element of a violation when the studio asks", async () => {
    const { window, runner, render } = frame();
    const result = await render(SAMPLES[1]);
    await runner.receive({ protocol: FRAME_PROTOCOL, type: "highlight", target: result.violations[0].nodes[0].target });
    expect([...window.document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)].map((e) => e.getAttribute("alt"))).toEqual(["IMG_0001.jpg"]);
  });

  it("ignores anything that is not a message of its protocol", async () => {
    const { window, runner, posted } = frame();
    const before = window.document.documentElement.outerHTML;
    for (const data of [
      "render",
      null,
      { type: "render", run: 1, document: "<p>x</p>" },
      { protocol: "other/1", type: "render", run: 1, document: "<p>x</p>" },
      { protocol: FRAME_PROTOCOL, type: "render", run: -1, document: "<p>x</p>" },
      { protocol: FRAME_PROTOCOL, type: "render", run: 1, document: "x".repeat(600_000) },
      { protocol: FRAME_PROTOCOL, type: "eval", code: "1" },
    ]) {
      await runner.receive(data);
    }
    expect(posted).toEqual([]);
    expect(window.document.documentElement.outerHTML).toBe(before);
  });

  it("answers a check that fails with an error for that run, and keeps answering", async () => {
    let fail = true;
    const { posted, runner, render } = frame((window) => {
      const axe = bindAxe(window, axeModule.source);
      const run = axe.run.bind(axe);
      return Object.assign(axe, { run: ((...args: Parameters<typeof run>) => (fail ? Promise.reject(new Error("axe broke")) : run(...args))) as typeof run });
    });
    await runner.receive({ protocol: FRAME_PROTOCOL, type: "render", run: 7, document: buildMessageDocument(SAMPLES[0], { locale: "en" }) });
    expect(posted).toEqual([{ protocol: FRAME_PROTOCOL, type: "error", run: 7, message: "axe broke" }]);
    fail = false;
    expect(ruleIds(await render(SAMPLES[1]))).toEqual([IMAGE_ALT_MEANINGFUL_RULE]);
  });
});
