// @vitest-environment jsdom
/**
 * The files panel as an author meets it: the limits before anything is chosen, each file with its
 * findings by page, replace and remove named by file, a labelled file chooser; axe-clean in every
 * UI language. Uploading itself is covered end to end (e2e/attachments.spec.ts).
 */
import axeModule from "axe-core";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { resourcesFor } from "@/lib/i18n/resources";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import type { AttachmentView } from "@/server/attachments/attachment-view";
import { checkAttachmentText } from "@/lib/attachments/check-text";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
const { AttachmentsPanel } = await import("./attachments-panel");

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FILES: AttachmentView[] = [
  {
    id: "a1",
    variantId: "v",
    locale: "de-DE",
    fileName: "garantiekarte.pdf",
    contentType: "application/pdf",
    size: 184_322,
    sha256: "9f".repeat(32),
    pageCount: 2,
    // Made by the real check, as the server stores them.
    findings: checkAttachmentText({ pages: ["Garantiekarte", "10 % off your next order"], purpose: "warranty", locale: "de-DE" }).filter((f) => f.ruleId === "content.marketing"),
    href: "/api/attachments/a1",
  },
  { id: "a2", variantId: "v", locale: "de-DE", fileName: "anleitung.png", contentType: "image/png", size: 2_000, sha256: "1a".repeat(32), pageCount: 1, findings: [], href: "/api/attachments/a2" },
];
const LIMITS = { maxFiles: 5, minFiles: 1, maxBytes: 10_000_000, acceptedTypes: ["application/pdf", "image/jpeg", "image/png", "image/gif"] };

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("main");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(lng: UiLanguage, editable = true) {
  act(() =>
    root.render(
      <I18nProvider lng={lng} resources={resourcesFor(lng)}>
        <h1>Warranty card</h1>
        <AttachmentsPanel variantId="v" languageLabel="German (Germany)" files={FILES} limits={LIMITS} editable={editable} />
      </I18nProvider>,
    ),
  );
}

describe("AttachmentsPanel", () => {
  it("says the limits, lists each file with its findings by page, and names every action by its file", () => {
    render("en");
    expect(container.querySelector('[data-testid="attachment-limits"]')?.textContent).toBe("Up to 5 files of at most 10 MB each: PDF, JPEG, PNG, and GIF. The message needs at least 1 file.");
    const [pdf, image] = [...container.querySelectorAll('[data-testid="attachment"]')];
    expect(pdf?.querySelector('[data-rule="content.marketing"]')?.getAttribute("data-page")).toBe("2");
    expect(pdf?.textContent).toContain("Error, page 2:");
    expect(image?.textContent).toContain("No findings in this file.");
    expect(image?.querySelector("img")?.getAttribute("alt")).toBe("First page of anleitung");
    const buttons = [...container.querySelectorAll("button")].map((b) => b.textContent);
    expect(buttons).toEqual(["Replace garantiekarte.pdf", "Remove garantiekarte.pdf", "Replace anleitung.png", "Remove anleitung.png"]);
    expect(container.querySelector('label[for]')?.textContent).toBe("File to add");
  });

  it("offers nothing to change when the variant cannot be edited", () => {
    render("en", false);
    expect(container.querySelectorAll("button, input[type=file]:not([hidden])").length).toBe(0);
  });

  it.each(UI_LANGUAGES)("has no WCAG A/AA violations (%s)", async (lng) => {
    render(lng);
    const axe = bindAxe(window, axeModule.source);
    const results = await axe.run(container, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`)).toEqual([]);
  });
});
