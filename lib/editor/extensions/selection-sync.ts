/**
 * Browser-only behaviour (no schema change): a key the editor handles itself (Enter, Shift+Enter,
 * Backspace at a boundary, a mark shortcut) acts where the cursor is on screen.
 *
 * The browser moves the cursor for a click, Ctrl+End, Home or the arrow keys itself and tells
 * ProseMirror with a `selectionchange` event, which is queued; Chromium handles the next key press
 * before that queued event when the page is busy. Enter then split the paragraph where the cursor
 * *was*, and a word typed next replaced the placeholder the click had selected. Reading the DOM
 * first, before every key the editor handles, closes that gap. Composition (IME) keys are left alone.
 *
 * The same gap opens for a transaction that does not come from a key: underlines redrawn when
 * findings arrive, the server's copy of the document. Dispatching one writes ProseMirror's (old)
 * selection back to the DOM and undoes the browser's move. `dispatchFromOutside` reads the DOM first.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

export const selectionSyncKey = new PluginKey("permittedSelectionSync");

/**
 * ProseMirror's DOM observer. It is not in prosemirror-view's typings, but it is the one place that
 * reads what changed in the DOM exactly as ProseMirror does on `selectionchange`: against the DOM
 * selection it last saw, so any selection (a caret, a selected placeholder, all) is handled, and a
 * placeholder clicked before Ctrl+End is no longer replaced by the next word. The unit tests of the
 * editor fail if a ProseMirror upgrade takes it away.
 */
interface DomObserver {
  /** Reads pending DOM mutations and a changed DOM selection into the state now. */
  flush(): void;
  /** Runs a flush ProseMirror has scheduled (it skips reading while one is). */
  forceFlush(): void;
}

/** Brings the editor's state up to what the DOM shows, if the browser moved the cursor meanwhile. */
export function syncSelectionFromDom(view: EditorView): void {
  // During composition the DOM is the IME's; ProseMirror reads it when the composition ends.
  if (view.composing || view.isDestroyed) return;
  const observer = (view as unknown as { domObserver?: DomObserver }).domObserver;
  if (!observer) throw new Error("prosemirror-view no longer has a DOM observer: selection-sync needs another way to read the DOM");
  observer.forceFlush();
  observer.flush();
}

/**
 * Dispatches a transaction that does not come from the author (built from the state once the
 * selection is up to date), without undoing a cursor move the browser made and has not yet reported.
 */
export function dispatchFromOutside(view: EditorView, build: (state: EditorState) => Transaction | null): void {
  syncSelectionFromDom(view);
  const tr = build(view.state);
  if (tr) view.dispatch(tr);
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
