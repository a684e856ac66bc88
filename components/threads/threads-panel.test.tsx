// @vitest-environment jsdom
/**
 * The comment-thread panel as a reader meets it: open threads before resolved ones, this
 * language's first; "@" offers members, operable from the keyboard; sending passes what the form
 * says to the action; axe-clean in every UI language, with the suggestions open. The server
 * actions are replaced at their module boundary: what they do is covered by
 * server/threads/threads.int.test.ts and e2e/comment-threads.spec.ts.
 */
import axeModule from "axe-core";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { bindAxe } from "@/lib/a11y/axe-instance";
import { resourcesFor } from "@/lib/i18n/resources";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import type { ThreadView } from "@/server/threads/load-threads";

const calls = vi.hoisted(() => ({ start: [] as unknown[], refresh: 0 }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => calls.refresh++ }) }));
vi.mock("@/server/actions/threads", () => ({
  startThreadAction: async (input: unknown) => {
    calls.start.push(input);
    return { ok: true, data: { threadId: "t-new" } };
  },
  replyToThreadAction: async () => ({ ok: true, data: { commentId: "c", reopened: false } }),
  setThreadResolvedAction: async () => ({ ok: true, data: { resolved: true } }),
}));

const { ThreadsPanel } = await import("./threads-panel");

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const at = new Date("2026-12-01T10:00:00Z");
const thread = (id: string, locale: string, extra: Partial<ThreadView> = {}): ThreadView => ({
  id,
  variantId: `v-${locale}`,
  locale,
  kind: "comment",
  anchorUnit: null,
  anchorText: null,
  createdAt: at,
  resolvedAt: null,
  resolvedByName: null,
  comments: [{ id: `${id}-c1`, body: `First comment of ${id}`, authorName: "Tess Translator", createdAt: at }],
  ...extra,
});
const THREADS = [
  thread("french", "fr-FR"),
  thread("german", "de-DE", { kind: "source_problem", anchorUnit: "b0", anchorText: "Your order {{order_id}} is on its way." }),
  thread("done", "de-DE", { resolvedAt: at, resolvedByName: "Anna Author" }),
];
const MEMBERS = [
  { id: "u1", name: "Anna Author" },
  { id: "u2", name: "Alex Approver" },
  { id: "u3", name: "Tess Translator" },
];

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("main");
  document.body.append(container);
  root = createRoot(container);
  calls.start.length = 0;
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(lng: UiLanguage) {
  act(() =>
    root.render(
      <I18nProvider lng={lng} resources={resourcesFor(lng)}>
        <h1>Workspace</h1>
        <ThreadsPanel
          threads={THREADS}
          members={MEMBERS}
          canComment
          current={{ variantId: "v-de-DE", locale: "de-DE", isSource: false }}
          anchors={[{ id: "subject", text: "Delivery appointment" }, { id: "b0", text: "Your order {{order_id}} is on its way." }]}
          timeZone="Europe/Berlin"
        />
      </I18nProvider>,
    ),
  );
}

const newThreadBox = () => container.querySelectorAll("textarea")[container.querySelectorAll("textarea").length - 1] as HTMLTextAreaElement;

function type(area: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
  act(() => {
    setter?.call(area, value);
    area.setSelectionRange(value.length, value.length);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function key(area: HTMLTextAreaElement, name: string) {
  act(() => {
    area.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
  });
}

describe("ThreadsPanel", () => {
  it("lists open threads of this language first and folds resolved ones away", () => {
    render("en");
    const open = [...container.querySelectorAll('[data-testid="thread"][data-state="open"]')].map((el) => el.getAttribute("data-locale"));
    expect(open).toEqual(["de-DE", "fr-FR"]);
    expect(container.querySelector('[data-kind="source_problem"]')?.textContent).toContain("Problem in the source");
    expect(container.querySelector("details summary")?.textContent).toBe("1 resolved thread");
    expect(container.querySelector('[data-testid="open-thread-count"]')?.textContent).toBe("2 open threads");
  });

  it("offers members after @, takes one with the arrow keys and Enter, and sends what the form says", async () => {
    render("en");
    const area = newThreadBox();
    type(area, "Please check @a");
    const options = () => [...container.querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options()).toEqual(["Anna Author", "Alex Approver"]);
    expect(area.getAttribute("aria-activedescendant")).toMatch(/-0$/);
    key(area, "ArrowDown");
    expect(container.querySelector('[aria-selected="true"]')?.textContent).toBe("Alex Approver");
    key(area, "Enter");
    expect(area.value).toBe("Please check @Alex Approver ");
    expect(container.querySelector('[role="listbox"]')).toBeNull();

    const select = container.querySelector("select") as HTMLSelectElement;
    act(() => {
      select.value = "b0";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const flag = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    act(() => flag.click());
    const form = area.closest("form") as HTMLFormElement;
    await act(async () => {
      form.requestSubmit();
    });
    expect(calls.start).toEqual([{ variantId: "v-de-DE", anchorUnit: "b0", kind: "source_problem", body: "Please check @Alex Approver " }]);
    expect(calls.refresh).toBeGreaterThan(0);
    expect(container.textContent).toContain("Comment added.");
  });

  it("closes the suggestions with Escape and sends nothing empty", async () => {
    render("en");
    const area = newThreadBox();
    type(area, "@");
    expect(container.querySelectorAll('[role="option"]').length).toBe(3);
    key(area, "Escape");
    expect(container.querySelector('[role="listbox"]')).toBeNull();
    type(area, "   ");
    const submit = [...area.closest("form")!.querySelectorAll("button")].find((b) => b.type === "submit") as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
  });

  it.each(UI_LANGUAGES)("has no WCAG A/AA violations (%s), suggestions open", async (lng) => {
    render(lng);
    type(newThreadBox(), "@");
    const axe = bindAxe(window, axeModule.source);
    const results = await axe.run(container, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`)).toEqual([]);
  });
});
