/**
 * Turns the editor's document into another one (the server's copy when it differs, the other
 * side of a conflict, a restored draft) as one ProseMirror transaction that replaces only the part
 * that differs. The selection is mapped through it, so the cursor stays on the words it was on
 * instead of jumping, and nothing outside the changed part is touched.
 */
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { EditorState, Transaction } from "@tiptap/pm/state";

/** Transaction meta marking a document replaced from outside the editor (not the author's edit). */
export const OUTSIDE_CHANGE_META = "permitted:outsideChange";

/** The transaction, or null when the editor already shows `target`. */
export function replaceDocument(state: EditorState, target: ProseMirrorNode): Transaction | null {
  const current = state.doc;
  const start = current.content.findDiffStart(target.content);
  if (start === null) return null;
  const end = current.content.findDiffEnd(target.content);
  let endA = end?.a ?? current.content.size;
  let endB = end?.b ?? target.content.size;
  // findDiffEnd scans from the back independently: where the two scans overlap (a repeated
  // character), move the end so the replaced range is not negative.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  let tr = state.tr.replace(start, endA, target.slice(start, endB));
  if (!tr.doc.eq(target)) {
    // The open slice did not fit back to the same structure: replace the whole content instead.
    tr = state.tr.replaceWith(0, current.content.size, target.content);
  }
  return tr.setMeta("addToHistory", false).setMeta(OUTSIDE_CHANGE_META, true);
}
