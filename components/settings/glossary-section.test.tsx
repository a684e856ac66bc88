// @vitest-environment jsdom
import axeModule from "axe-core";
import { act, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { resourcesFor } from "@/lib/i18n/resources";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import { orgPolicySchema } from "@/lib/policy/org-policy";
import { GlossarySection } from "./glossary-section";
import { glossaryDraftOf, glossaryOf, type GlossaryDraft } from "./policy-draft";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const STORED = orgPolicySchema.parse({
  glossary: {
    entries: [{ term: "delivery", sourceLanguage: "en", note: "Carrier's word", translations: { de: { text: "Zustellung", status: "forbidden" }, fr: { text: "", status: "do-not-translate" } } }],
    forbiddenIsError: true,
  },
});

let container: HTMLElement;
let root: Root;
const seen: { latest: GlossaryDraft | null } = { latest: null };
beforeEach(() => {
  container = document.createElement("main");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function Harness({ errors }: { errors: Record<string, string> }) {
  const [glossary, setGlossary] = useState(() => glossaryDraftOf(STORED.glossary));
  const change = (next: GlossaryDraft) => {
    seen.latest = next;
    setGlossary(next);
  };
  return <GlossarySection glossary={glossary} errors={errors} onChange={change} />;
}

function render(lng: UiLanguage, errors: Record<string, string> = {}) {
  act(() =>
    root.render(
      <I18nProvider lng={lng} resources={resourcesFor(lng)}>
        <h1>Policy</h1>
        <Harness errors={errors} />
      </I18nProvider>,
    ),
  );
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

const button = (text: string) => [...container.querySelectorAll("button")].find((b) => b.textContent === text) as HTMLButtonElement;

describe("Settings → Policy → Glossary", () => {
  it("round-trips stored entries through the form's draft", () => {
    expect(glossaryOf(glossaryDraftOf(STORED.glossary))).toEqual(STORED.glossary);
  });

  it("shows entries with labelled fields, adds a term with focus on it, and edits it", () => {
    render("en");
    const label = (text: string) => [...container.querySelectorAll("label")].find((l) => l.textContent === text);
    expect(label("Term")).toBeDefined();
    expect((document.getElementById(label("Term")!.htmlFor) as HTMLInputElement).value).toBe("delivery");
    expect(label("Status of translation 1")).toBeDefined();
    expect((container.querySelector("input[type=checkbox]") as HTMLInputElement).checked).toBe(true);

    act(() => button("Add a term").click());
    expect(seen.latest?.entries).toHaveLength(2);
    const focused = document.activeElement as HTMLInputElement;
    expect(focused.hasAttribute("data-glossary-term")).toBe(true);
    type(focused, "refund");
    expect(seen.latest?.entries[1].term).toBe("refund");
    act(() => button("Remove term “refund”").click());
    expect(seen.latest?.entries).toHaveLength(1);
  });

  it("shows the server's problems next to their fields, and a repeated language at once", () => {
    render("en", { "glossary.entries.0.term": "This term is already in the glossary with other translations." });
    const term = container.querySelector("[data-glossary-term]") as HTMLInputElement;
    expect(term.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(term.getAttribute("aria-describedby")!)?.textContent).toContain("already in the glossary");
    const languages = [...container.querySelectorAll("select")].filter((s) => s.id.includes("-language"));
    act(() => {
      languages[1].value = "de";
      languages[1].dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(container.textContent).toContain("This language already has a row for this term.");
  });

  it.each(UI_LANGUAGES)("has no WCAG A/AA violations (%s)", async (lng) => {
    render(lng);
    const axe = bindAxe(window, axeModule.source);
    const results = await axe.run(container, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`)).toEqual([]);
  });
});
