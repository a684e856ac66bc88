// @vitest-environment jsdom
import axeModule from "axe-core";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { API_ERROR_CODES } from "@/lib/delivery/api-errors";
import { buildOpenApiDocument } from "@/lib/delivery/openapi";
import { tFor } from "@/lib/i18n/server";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import { ApiDocument } from "./api-document";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

function render(lng: UiLanguage, canManageKeys = true) {
  const t = tFor(lng, "delivery");
  const document = buildOpenApiDocument((key, params) => t(key, params ?? {}));
  act(() => root.render(<ApiDocument document={document} origin="https://permitted.example" canManageKeys={canManageKeys} t={t} />));
  return document;
}

describe("API page", () => {
  it.each(UI_LANGUAGES)("shows every endpoint with parameters, fields, examples and error codes (%s)", (lng) => {
    const document = render(lng);
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    const titles = [...container.querySelectorAll("h3")].map((h) => h.textContent);
    expect(titles).toHaveLength(operations.length);
    for (const operation of operations) expect(titles.some((title) => title?.includes(operation.summary))).toBe(true);
    expect(container.textContent).toContain("https://permitted.example/api/v1");
    expect(container.textContent).toContain("order.order_id");
    expect(container.textContent).toContain("-H 'Authorization: Bearer pmt_…'");
    const renderedExamples = [...container.querySelectorAll("pre code")].map((code) => code.textContent ?? "");
    expect(renderedExamples.some((text) => text.includes('"locale": "de-DE"') && text.includes("createConfirmDeliveryDetails"))).toBe(true);
    expect(renderedExamples.some((text) => text.includes("productReviewAndSellerFeedback"))).toBe(true);
    const errorTable = container.querySelector("#api-errors")!.parentElement!.querySelector("tbody")!;
    expect([...errorTable.querySelectorAll("th")].map((th) => th.textContent)).toEqual(API_ERROR_CODES);
    expect(container.querySelector('a[href="/settings/api-keys"]')).not.toBeNull();
  });

  it("shows the key link only to those who may manage keys, and speaks German", () => {
    render("de", false);
    expect(container.querySelector('a[href="/settings/api-keys"]')).toBeNull();
    expect(container.textContent).toContain("Fehlercodes");
    expect(container.textContent).toContain("Kein Schlüssel nötig.");
  });

  it.each(UI_LANGUAGES)("has no WCAG A/AA violations (%s)", async (lng) => {
    render(lng);
    const axe = bindAxe(window, axeModule.source);
    // Inside act: next/link updates its prefetch state while axe walks the page.
    const results = await act(() => axe.run(container, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)).join(" | ")}`)).toEqual([]);
  });
});
