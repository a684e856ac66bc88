// @vitest-environment jsdom
import axeModule from "axe-core";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { normalizeText } from "@/lib/editor/normalize-text";
import { resourcesFor } from "@/lib/i18n/resources";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import { orgGlossarySchema, type OrgGlossary } from "@/lib/policy/org-policy";
import { GlossaryPanel } from "./glossary-panel";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GLOSSARY = orgGlossarySchema.parse({
  entries: [
    { term: "delivery", sourceLanguage: "en", note: "Zustellung is the carrier's word.", translations: { de: { text: "Zustellung", status: "forbidden" }, fr: { text: "livraison", status: "preferred" } } },
    { term: "Permitted Cloud", sourceLanguage: "en", translations: { de: { status: "do-not-translate" } } },
    { term: "refund", sourceLanguage: "en", translations: { de: { text: "Erstattung", status: "preferred" } } },
    // Another source language, and a term not in the source: never shown.
    { term: "order", sourceLanguage: "fr", translations: { de: { text: "Bestellung", status: "preferred" } } },
    { term: "parcel", sourceLanguage: "en", translations: { de: { text: "Paket", status: "preferred" } } },
  ],
});
const SOURCE = { locale: "en-US", subject: "Your delivery", doc: normalizeText("Hello {{buyer_name}}, your delivery is on its way.\n\nTrack your order in Permitted Cloud.\n\n{{seller_name}}").doc };

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

function render(lng: UiLanguage, glossary: OrgGlossary | null = GLOSSARY, targetLocale = "de-DE") {
  act(() =>
    root.render(
      <I18nProvider lng={lng} resources={resourcesFor(lng)}>
        <h1>Translate</h1>
        <h2>Source</h2>
        <GlossaryPanel glossary={glossary} source={SOURCE} targetLocale={targetLocale} />
      </I18nProvider>,
    ),
  );
}

const region = () => container.querySelector<HTMLElement>("[data-testid=glossary-panel]")!;

describe("the translators' Glossary region", () => {
  it("lists, per source unit, the entries whose term occurs in it, with the German rendering, its status in words and the note", () => {
    render("en");
    const heading = document.getElementById(region().getAttribute("aria-labelledby")!);
    expect(heading?.textContent).toBe("Glossary");
    const units = [...region().querySelectorAll("[data-testid=glossary-unit]")].map((unit) => ({
      unit: unit.getAttribute("data-unit"),
      label: unit.querySelector("ul")?.getAttribute("aria-label"),
      entries: [...unit.querySelectorAll("[data-testid=glossary-entry]")].map((e) => e.textContent),
    }));
    expect(units).toEqual([
      { unit: "subject", label: "Glossary terms in Subject", entries: ["deliveryForbidden translation: do not use it: ZustellungNote: Zustellung is the carrier's word."] },
      { unit: "b0", label: "Glossary terms in Block 1", entries: ["deliveryForbidden translation: do not use it: ZustellungNote: Zustellung is the carrier's word."] },
      { unit: "b1", label: "Glossary terms in Block 2", entries: ["Permitted CloudDo not translate: keep the term as written"] },
    ]);
    // The status is in words, not only in colour; the rendering carries its language.
    expect(region().querySelector("[data-status=forbidden] [lang=de-DE]")?.textContent).toBe("Zustellung");
  });

  it("uses the rendering for the translation's language, and says so when no term occurs", () => {
    render("en", GLOSSARY, "fr-FR");
    expect([...region().querySelectorAll("[data-testid=glossary-entry]")].map((e) => e.getAttribute("data-status"))).toEqual(["preferred", "preferred"]);
    expect(region().textContent).toContain("Preferred translation: livraison");
    render("en", null);
    expect(region().textContent).toBe("GlossaryNo glossary term occurs in this source.");
  });

  it.each(UI_LANGUAGES)("has no WCAG A/AA violations (%s)", async (lng) => {
    render(lng);
    const axe = bindAxe(window, axeModule.source);
    const results = await axe.run(container, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`)).toEqual([]);
  });
});
