// @vitest-environment jsdom
import axe from "axe-core";
import type { Editor } from "@tiptap/core";
import { act, createRef } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { I18nProvider } from "@/components/i18n-provider";
import { resourcesFor } from "@/lib/i18n/resources";
import type { DocJSON } from "@/lib/editor/extensions";
import type { UiLanguage } from "@/lib/i18n/settings";
import { TemplateEditor, type PositionedHighlights, type TemplateEditorHandle } from "./template-editor";

// jsdom has no ClipboardEvent; Tiptap's paste-rule plugin constructs one.
class ClipboardEventStub extends Event {
  readonly clipboardData = null;
}
globalThis.ClipboardEvent ??= ClipboardEventStub as unknown as typeof ClipboardEvent;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom lacks layout; ProseMirror's scrollIntoView asks for rectangles.
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
  document.elementFromPoint ??= () => null;
});

let root: Root | undefined;
let container: HTMLDivElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

const doc: DocJSON = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "Hello " }, { type: "placeholder", attrs: { name: "buyer_name" } }] }],
};

async function render(props: { lng?: UiLanguage; locale?: string; budget?: number; readOnly?: boolean; value?: DocJSON; highlights?: PositionedHighlights } = {}) {
  const changes: DocJSON[] = [];
  const ref = createRef<TemplateEditorHandle>();
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  const view = (highlights: PositionedHighlights | undefined) => (
    <I18nProvider lng={props.lng ?? "en"} resources={resourcesFor(props.lng ?? "en")}>
      <main>
        <TemplateEditor
          ref={ref}
          initialValue={props.value ?? doc}
          highlights={highlights}
          onChange={(next) => changes.push(next)}
          locale={props.locale ?? "de-DE"}
          budget={props.budget ?? 2000}
          ariaLabel="Message body"
          readOnly={props.readOnly}
        />
      </main>
    </I18nProvider>
  );
  await act(async () => {
    root?.render(view(props.highlights));
  });
  const editable = container.querySelector<HTMLElement>('[contenteditable]');
  if (!editable) throw new Error("editor did not mount");
  /** Renders again with other underlines; synchronous, so its effects run before any queued browser event. */
  const rerenderWith = (highlights: PositionedHighlights) => root?.render(view(highlights));
  return { container, editable, ref, changes, rerenderWith };
}

/**
 * Moves the caret the way the browser does for Ctrl+End: in the DOM only. ProseMirror hears of it
 * from a queued `selectionchange` event, which has not run when the caller goes on synchronously.
 */
function moveCaretNatively(editable: HTMLElement, text: string, offset: number) {
  const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent === text) {
      window.getSelection()?.collapse(node, offset);
      return;
    }
  }
  throw new Error(`no text node "${text}"`);
}

describe("TemplateEditor", () => {
  it("names the editable area and every control, in the UI language", async () => {
    const { container, editable } = await render({ lng: "de" });
    expect(editable.getAttribute("aria-label")).toBe("Message body");
    expect(editable.getAttribute("role")).toBe("textbox");
    const toolbar = container.querySelector('[role="toolbar"]');
    expect(toolbar?.getAttribute("aria-label")).toBe("Formatierung");
    const names = Array.from(container.querySelectorAll("button")).map((b) => b.getAttribute("aria-label"));
    expect(names).toContain("Fett (Ctrl+B)");
    expect(names).toContain("Platzhalter einfügen (Ctrl+Shift+P)");
    expect(names.every((name) => name && name.length > 0)).toBe(true);
    expect(Array.from(container.querySelectorAll("button")).filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it("sets lang and dir of the buyer locale on the editable text", async () => {
    const { editable } = await render({ locale: "ar-AE" });
    expect(editable.getAttribute("lang")).toBe("ar-AE");
    expect(editable.getAttribute("dir")).toBe("rtl");
  });

  it("counts plain-text characters with the longest sample values against the budget", async () => {
    const { container } = await render({ budget: 10 });
    const counterText = container.textContent ?? "";
    expect(counterText).toMatch(/of 10 characters/);
    expect(counterText).toMatch(/characters? over the limit/);
  });

  it("selects a range for the findings panel", async () => {
    const { ref } = await render();
    await act(async () => ref.current?.selectRange(1, 6));
    expect(ref.current?.selection()).toEqual({ from: 1, to: 6, text: "Hello" });
    // Out-of-range positions are clamped rather than throwing.
    await act(async () => ref.current?.selectRange(-5, 10_000));
    expect(ref.current?.selection()?.from).toBe(1);
  });

  it("applies a document from outside without moving the cursor off its words, and reports it", async () => {
    const { ref, changes } = await render();
    await act(async () => ref.current?.selectRange(3, 3));
    const next: DocJSON = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Hello " }, { type: "placeholder", attrs: { name: "buyer_name" } }, { type: "text", text: "!" }] },
      ],
    };
    await act(async () => ref.current?.applyDocument(next));
    expect(ref.current?.selection()).toEqual({ from: 3, to: 3, text: "" });
    expect(changes.at(-1)).toEqual(next);
    // The same document again changes nothing.
    const count = changes.length;
    await act(async () => ref.current?.applyDocument(next));
    expect(changes).toHaveLength(count);
  });

  describe("a cursor move the browser has not reported yet survives a change from outside", () => {
    const twoParagraphs: DocJSON = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Hello there" }] }, { type: "paragraph", content: [{ type: "text", text: "Kind regards" }] }],
    };
    const end = 1 + "Hello there".length + 2 + "Kind regards".length;

    it("when findings arrive and are underlined", async () => {
      const { ref, editable, rerenderWith } = await render({ value: twoParagraphs });
      // The author is in the editor: it has focus, and the cursor is in the first paragraph.
      editable.focus();
      await act(async () => ref.current?.selectRange(3, 3));
      act(() => {
        moveCaretNatively(editable, "Kind regards", "Kind regards".length);
        rerenderWith({ doc: twoParagraphs, ranges: [{ from: 1, to: 6, severity: "error" }] });
      });
      expect(editable.querySelector(".finding-error")?.textContent).toBe("Hello");
      expect(ref.current?.selection()).toEqual({ from: end, to: end, text: "" });
      expect(window.getSelection()?.anchorOffset).toBe("Kind regards".length);
      // A render of the parent does not hand the editor its initial attributes again.
      expect(editable.getAttribute("aria-readonly")).toBe("false");
    });

    it("when the next key is Enter and a placeholder was selected by the click before", async () => {
      // A click on a placeholder selects it as a node; Ctrl+End then moves the caret in the DOM only.
      const withPlaceholder: DocJSON = {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Hello " }, { type: "placeholder", attrs: { name: "buyer_name" } }, { type: "text", text: " and" }] },
          { type: "paragraph", content: [{ type: "text", text: "Kind regards" }] },
        ],
      };
      const { ref, editable, changes } = await render({ value: withPlaceholder });
      const editor = (editable as HTMLElement & { editor: Editor }).editor;
      editable.focus();
      await act(async () => {
        editor.commands.setNodeSelection(7);
      });
      expect(editor.state.selection.constructor.name).toBe("NodeSelection");
      act(() => {
        moveCaretNatively(editable, "Kind regards", "Kind regards".length);
        editable.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", keyCode: 13, bubbles: true, cancelable: true }));
      });
      // The paragraph was split at the end, where the caret is on screen; the placeholder is still there.
      expect(changes.at(-1)).toEqual({ type: "doc", content: [...withPlaceholder.content, { type: "paragraph" }] });
      expect(ref.current?.selection()).toEqual({ from: 28, to: 28, text: "" });
    });

    it("when the server's copy of the document is applied", async () => {
      const { ref, editable } = await render({ value: twoParagraphs });
      editable.focus();
      await act(async () => ref.current?.selectRange(3, 3));
      const serverCopy: DocJSON = {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Hello there!" }] }, twoParagraphs.content[1]],
      };
      act(() => {
        moveCaretNatively(editable, "Kind regards", "Kind regards".length);
        ref.current?.applyDocument(serverCopy);
      });
      expect(ref.current?.selection()).toEqual({ from: end + 1, to: end + 1, text: "" });
    });
  });

  it("underlines and selects findings located in the stored form of the text", async () => {
    const { ref } = await render();
    // The editor shows an empty first paragraph the stored document does not have.
    const shown: DocJSON = {
      type: "doc",
      content: [{ type: "paragraph" }, { type: "paragraph", content: [{ type: "text", text: "Use the coupon code" }] }],
    };
    const stored: DocJSON = { type: "doc", content: [shown.content[1]] };
    await act(async () => ref.current?.applyDocument(shown));
    // "coupon code" at 9..20 in the stored document, 11..22 in the shown one.
    await act(async () => ref.current?.selectRange(9, 20, stored));
    expect(ref.current?.selection()).toEqual({ from: 11, to: 22, text: "coupon code" });
  });

  it("underlines findings located in the stored text on the same words of the shown text", async () => {
    const shown: DocJSON = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Hi" }] }, { type: "paragraph" }, { type: "paragraph", content: [{ type: "text", text: "Use  the coupon code" }] }],
    };
    // Stored: no empty paragraph, one space. "coupon code" is at 13..24 there.
    const stored: DocJSON = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Hi" }] }, { type: "paragraph", content: [{ type: "text", text: "Use the coupon code" }] }],
    };
    const { editable } = await render({ value: shown, highlights: { doc: stored, ranges: [{ from: 13, to: 24, severity: "error" }] } });
    const underlined = Array.from(editable.querySelectorAll(".finding-error")).map((element) => element.textContent).join("");
    expect(underlined).toBe("coupon code");
  });

  it("says in a polite live region what a paste lost, and reports the cleaned document", async () => {
    const { editable, container, changes } = await render({ lng: "de" });
    const html = '<p style="color:red">Danke 😀</p><table><tr><td>x</td></tr></table>';
    const event = new Event("paste", { bubbles: true, cancelable: true });
    Object.defineProperty(event, "clipboardData", {
      value: { types: ["text/html", "text/plain"], getData: (type: string) => (type === "text/html" ? html : "Danke 😀 x") },
    });
    await act(async () => {
      editable.dispatchEvent(event);
    });
    const live = container.querySelector('[role="status"][aria-label="Hinweise des Editors"]');
    expect(live?.textContent).toContain("1 Emoji entfernt");
    expect(live?.textContent).toContain("1 Farbangabe entfernt");
    expect(live?.textContent).toContain("(table)");
    expect(JSON.stringify(changes.at(-1))).toContain("Danke");
    expect(JSON.stringify(changes.at(-1))).not.toContain("😀");
  });

  it("inserts a placeholder from the searchable menu with the keyboard", async () => {
    const { container, changes } = await render();
    const button = Array.from(container.querySelectorAll("button")).find((b) => b.getAttribute("aria-label")?.startsWith("Insert placeholder"));
    await act(async () => button?.click());
    const search = document.querySelector<HTMLInputElement>('[role="combobox"]');
    expect(search).not.toBeNull();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    await act(async () => {
      setValue?.call(search, "deliv");
      search?.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const options = () => Array.from(document.querySelectorAll('[role="option"]'));
    expect(options().map((o) => o.id.split("-option-")[1])).toEqual(["delivery_date", "delivery_window_start", "delivery_window_end"]);
    await act(async () => {
      search?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    });
    expect(search?.getAttribute("aria-activedescendant")).toBe(options()[1].id);
    await act(async () => {
      search?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    expect(document.querySelector('[role="combobox"]')).toBeNull();
    expect(JSON.stringify(changes.at(-1))).toContain('"name":"delivery_window_start"');
  });

  it("has no axe violations", async () => {
    const { container } = await render();
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });
});
