// @vitest-environment jsdom
/**
 * The preview in jsdom. jsdom does not load `srcdoc`, so where a test needs the frame to show the
 * message it writes the frame's srcdoc into the frame document itself and fires `load`, which is
 * what a browser does; everything else (debounce, check, report, highlight) runs for real.
 */
import axeModule from "axe-core";
import { act, type ComponentProps } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { IMAGE_ALT_MEANINGFUL_RULE } from "@/lib/a11y/custom-rules";
import type { A11yResult } from "@/lib/a11y/result";
import { HIGHLIGHT_ATTRIBUTE } from "./frame-document";
import { CHECK_DEBOUNCE_MS, MessagePreview } from "./message-preview";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GOOD = '<div lang="en" dir="ltr"><h1>Your order</h1><p>Thanks!</p><img src="https://x.test/mug.jpg" alt="Blue mug" width="50%"></div>';
const BAD = '<div lang="en" dir="ltr"><h1>Your order</h1><img src="https://x.test/IMG_0001.jpg" alt="IMG_0001.jpg" width="50%"></div>';

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  // The preview fetches axe's source from the studio (app/api/axe-source serves axe-core's `source`).
  vi.stubGlobal("fetch", async (url: string) => (url === "/api/axe-source" ? new Response(axeModule.source) : new Response(null, { status: 404 })));
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  vi.unstubAllGlobals();
  act(() => root.unmount());
  container.remove();
});

type Props = ComponentProps<typeof MessagePreview>;
function render(props: Partial<Props> = {}, lng: "en" | "de" = "en") {
  const all: Props = { html: GOOD, text: "Your order\n\nThanks!", locale: "en", dir: "ltr", ...props };
  act(() =>
    root.render(
      <I18nProvider lng={lng}>
        <MessagePreview {...all} />
      </I18nProvider>,
    ),
  );
}

const frame = () => container.querySelector("iframe")!;
const status = () => container.querySelector('[role="status"]')!.textContent;

/** What a browser does with srcdoc: parse it into the frame's document, then fire load. */
async function loadFrame() {
  const iframe = frame();
  const document = iframe.contentDocument!;
  const { DOMParser: FrameDOMParser } = iframe.contentWindow as Window & typeof globalThis;
  const parsed = new FrameDOMParser().parseFromString(iframe.getAttribute("srcdoc")!, "text/html");
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  await act(async () => {
    iframe.dispatchEvent(new Event("load"));
  });
}

async function until(condition: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; status: ${container.querySelector("[role=status]")?.textContent}`);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

/** Lets a check that jsdom started on its own (it fires load for the initial blank frame) finish. */
const settled = () => until(() => container.querySelector('[role="status"]')!.getAttribute("aria-busy") === "false");

describe("MessagePreview", () => {
  it("shows the message in a frame that can run no script, in the variant's language", async () => {
    render({ locale: "ar-EG", dir: "rtl", html: "<p>مرحبا</p>", text: "مرحبا" });
    expect(frame().getAttribute("sandbox")).toBe("allow-same-origin");
    const srcdoc = frame().getAttribute("srcdoc")!;
    expect(srcdoc).toContain('<html lang="ar-EG" dir="rtl">');
    expect(srcdoc).toContain("<p>مرحبا</p>");
    expect(container.querySelector("pre")!.getAttribute("dir")).toBe("rtl");
    await settled();
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
    act(() => show.click());
    const highlighted = frame().contentDocument!.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`);
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
    expect(frame().getAttribute("srcdoc")).toContain("IMG_0001.jpg");
    await until(() => !frame().getAttribute("srcdoc")!.includes("IMG_0001.jpg"), CHECK_DEBOUNCE_MS * 3);
    await loadFrame();
    await until(() => onResult.mock.calls.length === 2);
    expect(onResult.mock.calls[1][0].violations).toEqual([]);
    expect(status()).toBe("No accessibility problems found.");
  });

  it("blocks images in the frame with images off", async () => {
    render();
    act(() => (container.querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    await until(() => frame().getAttribute("srcdoc")!.includes("img-src 'none'"), CHECK_DEBOUNCE_MS * 3);
    await loadFrame();
    await settled();
  });

  it("switches between the email and the plain text with the keyboard", async () => {
    render({ text: "Your order\n\nThanks!" });
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
