// @vitest-environment jsdom
/**
 * The preview in jsdom, with the real frame runner (lib/a11y/frame-runner.ts) in the frame's
 * window, as app/preview-frame loads it in a browser: jsdom loads no frame page, so the test
 * installs the runner into the frame's window itself and carries its messages with the origin a
 * sandboxed frame has ("null"). Everything else (debounce, runs, report, highlight) runs for real.
 */
import axeModule from "axe-core";
import { act, type ComponentProps } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { resourcesFor } from "@/lib/i18n/resources";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { IMAGE_ALT_MEANINGFUL_RULE } from "@/lib/a11y/custom-rules";
import { FRAME_PROTOCOL } from "@/lib/a11y/frame-protocol";
import { createFrameRunner, type FrameRunner } from "@/lib/a11y/frame-runner";
import { HIGHLIGHT_ATTRIBUTE } from "@/lib/a11y/highlight";
import type { A11yResult } from "@/lib/a11y/result";
import { CHECK_DEBOUNCE_MS, MessagePreview } from "./message-preview";
import { FRAME_ANSWER_TIMEOUT_MS } from "./use-preview-frame";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GOOD = '<div lang="en" dir="ltr"><h1>Your order</h1><p>Thanks!</p><img src="https://x.test/mug.jpg" alt="Blue mug" width="50%"></div>';
const BAD = '<div lang="en" dir="ltr"><h1>Your order</h1><img src="https://x.test/IMG_0001.jpg" alt="IMG_0001.jpg" width="50%"></div>';

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  unloadFrame();
  unloadFrame = () => {};
  act(() => root.unmount());
  container.remove();
});

type Props = ComponentProps<typeof MessagePreview>;
function render(props: Partial<Props> = {}, lng: "en" | "de" = "en") {
  const all: Props = { html: GOOD, text: "Your order\n\nThanks!", locale: "en", dir: "ltr", ...props };
  act(() =>
    root.render(
      <I18nProvider lng={lng} resources={resourcesFor(lng)}>
        <MessagePreview {...all} />
      </I18nProvider>,
    ),
  );
}

const frame = () => container.querySelector("iframe")!;
const frameDocument = () => frame().contentDocument!;
const status = () => container.querySelector('[role="status"]')!.textContent;

let unloadFrame = () => {};

/** What the frame's page does when it has (re)loaded: start the runner, which says it is ready. */
async function loadFrame(): Promise<FrameRunner> {
  unloadFrame();
  const frameWindow = frame().contentWindow! as Window & typeof globalThis;
  const runner = createFrameRunner({
    window: frameWindow,
    axe: bindAxe(frameWindow, axeModule.source),
    post: (data) => window.dispatchEvent(new MessageEvent("message", { data, origin: "null", source: frameWindow })),
  });
  const listener = (event: MessageEvent) => void runner.receive(event.data);
  frameWindow.addEventListener("message", listener);
  unloadFrame = () => frameWindow.removeEventListener("message", listener);
  await act(async () => runner.announce());
  return runner;
}

async function until(condition: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; status: ${container.querySelector("[role=status]")?.textContent}`);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

const settled = () => until(() => container.querySelector('[role="status"]')!.getAttribute("aria-busy") === "false");

describe("MessagePreview", () => {
  it("shows the message in a sandboxed frame of an opaque origin, in the variant's language", async () => {
    render({ locale: "ar-EG", dir: "rtl", html: "<p>مرحبا</p>", text: "مرحبا" });
    expect(frame().getAttribute("sandbox")).toBe("allow-scripts");
    expect(frame().getAttribute("src")).toBe("/preview-frame?images=on");
    await loadFrame();
    await settled();
    expect(frameDocument().documentElement.getAttribute("lang")).toBe("ar-EG");
    expect(frameDocument().documentElement.getAttribute("dir")).toBe("rtl");
    expect(frameDocument().body.innerHTML).toBe("<p>مرحبا</p>");
    // The message's markup is in the frame only, never in the studio's own document.
    expect(container.innerHTML).not.toContain("<p>مرحبا</p>");
    expect(container.querySelector("pre")!.getAttribute("dir")).toBe("rtl");
  });

  it("takes answers only from its frame, in the protocol, for the latest run", async () => {
    const onResult = vi.fn<(result: A11yResult) => void>();
    render({ html: BAD, onResult });
    const forged = { protocol: FRAME_PROTOCOL, type: "result", run: 1, height: 10, result: { axeVersion: "x", violations: [], incomplete: [], passes: 0 } };
    await act(async () => {
      window.dispatchEvent(new MessageEvent("message", { data: forged, origin: "null", source: window }));
      window.dispatchEvent(new MessageEvent("message", { data: forged, origin: "https://evil.example", source: frame().contentWindow }));
      window.dispatchEvent(new MessageEvent("message", { data: { ...forged, protocol: "x" }, origin: "null", source: frame().contentWindow }));
    });
    expect(onResult).not.toHaveBeenCalled();
    expect(status()).toBe("Checking…");
    await loadFrame();
    await until(() => onResult.mock.calls.length > 0);
    expect(onResult.mock.calls[0][0].violations.map((v) => v.ruleId)).toEqual([IMAGE_ALT_MEANINGFUL_RULE]);
  });

  it("checks the message when the frame has loaded and lists each violation with its criterion and element", async () => {
    const onResult = vi.fn<(result: A11yResult) => void>();
    const onSelectElement = vi.fn<(target: string[]) => void>();
    render({ html: BAD, onResult, onSelectElement });
    expect(status()).toBe("Checking…");
    await loadFrame();
    await until(() => onResult.mock.calls.length > 0);
    expect(onResult.mock.calls[0][0].violations.map((v) => v.ruleId)).toEqual([IMAGE_ALT_MEANINGFUL_RULE]);
    expect(status()).toBe("1 accessibility problem found.");
    const report = container.querySelector('[aria-label="Accessibility problems"]')!;
    expect(report.textContent).toContain("WCAG 1.1.1 Non-text Content");
    expect(report.textContent).toContain("“IMG_0001.jpg”");
    expect(report.querySelector("code")!.textContent).toContain('alt="IMG_0001.jpg"');

    const show = report.querySelector("button")!;
    expect(show.getAttribute("aria-label")).toMatch(/^Show in preview: <img/);
    await act(async () => show.click());
    await until(() => frameDocument().querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`).length > 0);
    const highlighted = frameDocument().querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`);
    expect([...highlighted].map((element) => element.getAttribute("alt"))).toEqual(["IMG_0001.jpg"]);
    expect(onSelectElement).toHaveBeenCalledWith(onResult.mock.calls[0][0].violations[0].nodes[0].target);
  });

  it("waits for the author to pause before re-rendering, showing 'Checking…' meanwhile, and clears a fixed problem", async () => {
    const onResult = vi.fn<(result: A11yResult) => void>();
    render({ html: BAD, onResult });
    await loadFrame();
    await until(() => onResult.mock.calls.length === 1);
    render({ html: GOOD, onResult });
    expect(status()).toBe("Checking…");
    expect(frameDocument().body.innerHTML).toContain("IMG_0001.jpg");
    await until(() => onResult.mock.calls.length === 2, CHECK_DEBOUNCE_MS * 10);
    expect(frameDocument().body.innerHTML).not.toContain("IMG_0001.jpg");
    expect(onResult.mock.calls[1][0].violations).toEqual([]);
    expect(status()).toBe("No accessibility problems found.");
  });

  it("loads the frame with images blocked when images are off, and checks again once it is ready", async () => {
    const onResult = vi.fn<(result: A11yResult) => void>();
    render({ onResult });
    await loadFrame();
    await until(() => onResult.mock.calls.length === 1);
    act(() => (container.querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    expect(frame().getAttribute("src")).toBe("/preview-frame?images=off");
    await loadFrame();
    await until(() => onResult.mock.calls.length === 2);
    await settled();
  });

  it("switches between the email and the plain text with the keyboard", async () => {
    render({ text: "Your order\n\nThanks!" });
    await loadFrame();
    const [emailTab, textTab] = container.querySelectorAll<HTMLButtonElement>('[role="tab"]');
    emailTab.focus();
    act(() => emailTab.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true })));
    expect(textTab.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(textTab);
    const textPanel = document.getElementById(textTab.getAttribute("aria-controls")!)!;
    expect(textPanel.hidden).toBe(false);
    expect(textPanel.querySelector("pre")!.textContent).toBe("Your order\n\nThanks!");
    expect(document.getElementById(emailTab.getAttribute("aria-controls")!)!.hidden).toBe(true);
    act(() => textTab.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true })));
    expect(emailTab.getAttribute("aria-selected")).toBe("true");
    await settled();
  });

  it("says so when the frame does not answer, instead of checking for ever", async () => {
    vi.useFakeTimers();
    try {
      render();
      expect(status()).toBe("Checking…");
      await act(async () => vi.advanceTimersByTime(FRAME_ANSWER_TIMEOUT_MS + 1));
      expect(status()).toBe("The accessibility check could not run: the preview did not answer; reload the page to try again");
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(["en", "de"] as const)("has no WCAG A/AA violations itself, every control named (%s)", async (lng) => {
    render({ html: BAD }, lng);
    await loadFrame();
    await settled();
    const axe = bindAxe(window, axeModule.source);
    const results = await axe.run(container, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      iframes: false,
    });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    const controls = container.querySelectorAll("button, input, iframe");
    expect(controls.length).toBeGreaterThanOrEqual(6);
  });
});
