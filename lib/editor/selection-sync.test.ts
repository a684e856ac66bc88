// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { createEditorExtensions } from "./extensions";
import { SelectionSync, syncSelectionFromDom } from "./extensions/selection-sync";

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  document.body.innerHTML = "";
});

function setup() {
  const element = document.createElement("div");
  document.body.appendChild(element);
  editor = new Editor({
    element,
    content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "First line" }] }, { type: "paragraph", content: [{ type: "text", text: "Last" }] }] },
    extensions: createEditorExtensions({ behaviour: [SelectionSync] }),
  });
  editor.commands.setTextSelection(3);
  return editor;
}

/** Moves the DOM caret the way the browser does for Ctrl+End, without telling ProseMirror. */
function moveDomCaretToEnd(view: Editor["view"]): void {
  const last = view.dom.querySelectorAll("p")[1].firstChild as Text;
  const range = document.createRange();
  range.setStart(last, last.length);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

describe("selection sync", () => {
  it("takes the cursor the browser moved before a key the editor handles", () => {
    const ed = setup();
    (ed.view.dom as HTMLElement).focus();
    moveDomCaretToEnd(ed.view);
    expect(ed.state.selection.head).toBe(3);
    syncSelectionFromDom(ed.view);
    expect(ed.state.selection.head).toBe(ed.state.doc.content.size - 1);
    // Enter now splits at the end, not where the cursor was.
    ed.commands.enter();
    expect(ed.state.doc.children.map((block) => block.textContent)).toEqual(["First line", "Last", ""]);
  });

  it("leaves the selection alone when the DOM agrees, keeping the marks toggled for the next character", () => {
    const ed = setup();
    ed.commands.toggleBold();
    const marks = ed.state.storedMarks;
    syncSelectionFromDom(ed.view);
    expect(ed.state.storedMarks).toBe(marks);
    expect(ed.state.selection.head).toBe(3);
  });
});
