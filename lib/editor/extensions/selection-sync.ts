/**
 * Browser-only behaviour (no schema change): a key the editor handles itself (Enter, Shift+Enter,
 * Backspace at a boundary, a mark shortcut) acts where the cursor is on screen.
 *
 * The browser moves the cursor for Ctrl+End, Home or the arrow keys itself and tells ProseMirror
 * with a `selectionchange` event, which is queued; Chromium handles the next key press before that
 * queued event when the page is busy. Enter then split the paragraph where the cursor *was* (the
 * click before Ctrl+End), and the words typed next landed there. Reading the DOM selection first,
 * before every key the editor handles, closes that gap. Composition (IME) keys are left alone.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

export const selectionSyncKey = new PluginKey("permittedSelectionSync");

/** The DOM selection as document positions, or null when it is not inside the editor. */
function domSelectionPositions(view: EditorView): { anchor: number; head: number } | null {
  const root = view.root as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  const selection = root.getSelection?.() ?? null;
  if (!selection?.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    return { anchor: view.posAtDOM(selection.anchorNode, selection.anchorOffset), head: view.posAtDOM(selection.focusNode, selection.focusOffset) };
  } catch {
    return null;
  }
}

/** Brings the editor's text selection up to the DOM's, if the browser moved it meanwhile. */
export function syncSelectionFromDom(view: EditorView): void {
  const current = view.state.selection;
  // Node selections (an image) and all-selections are the editor's own, never a native caret move.
  if (!(current instanceof TextSelection)) return;
  const dom = domSelectionPositions(view);
  if (!dom || (dom.anchor === current.anchor && dom.head === current.head)) return;
  const size = view.state.doc.content.size;
  if (dom.anchor < 0 || dom.head < 0 || dom.anchor > size || dom.head > size) return;
  const next = TextSelection.between(view.state.doc.resolve(dom.anchor), view.state.doc.resolve(dom.head));
  if (!next.eq(current)) view.dispatch(view.state.tr.setSelection(next));
}

export const SelectionSync = Extension.create({
  name: "selectionSync",
  // Before every keymap, so that they read the selection the author sees.
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: selectionSyncKey,
        props: {
          handleKeyDown(view, event) {
            if (!event.isComposing && event.keyCode !== 229) syncSelectionFromDom(view);
            return false;
          },
        },
      }),
    ];
  },
});
