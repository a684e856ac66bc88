import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { editorSchema, type DocJSON, type NodeJSON } from "./extensions";
import { OUTSIDE_CHANGE_META, replaceDocument } from "./replace-document";
import { prng, randomDoc } from "./testing/random-doc";

const text = (value: string, marks?: NodeJSON["marks"]): NodeJSON => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const paragraph = (...content: NodeJSON[]): NodeJSON => ({ type: "paragraph", content });
const doc = (...content: NodeJSON[]): DocJSON => ({ type: "doc", content });

function stateWithCursorAfter(d: DocJSON, word: string): EditorState {
  const node = editorSchema.nodeFromJSON(d);
  let at = -1;
  node.descendants((n, pos) => {
    if (at < 0 && n.isText && n.text?.includes(word)) at = pos + (n.text?.indexOf(word) ?? 0) + word.length;
  });
  const state = EditorState.create({ doc: node });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
}

describe("replacing the document from outside", () => {
  it("does nothing when the editor already shows the document", () => {
    const d = doc(paragraph(text("Hello")));
    expect(replaceDocument(EditorState.create({ doc: editorSchema.nodeFromJSON(d) }), editorSchema.nodeFromJSON(d))).toBeNull();
  });

  it("changes only what differs and keeps the cursor on its words", () => {
    const before = doc(paragraph(text("Dear buyer, your parcel")), paragraph(text("leaves on Monday. Regards")));
    const after = doc(paragraph(text("Dear buyer, your parcel")), paragraph(text("leaves on Tuesday. Regards")));
    const state = stateWithCursorAfter(before, "Regards");
    const tr = replaceDocument(state, editorSchema.nodeFromJSON(after));
    expect(tr).not.toBeNull();
    const next = state.apply(tr!);
    expect(next.doc.toJSON()).toEqual(after);
    expect(next.doc.textBetween(next.selection.from - "Regards".length, next.selection.from)).toBe("Regards");
    // Replaced from outside: not an edit of the author's that undo would take back.
    expect(tr!.getMeta("addToHistory")).toBe(false);
    expect(tr!.getMeta(OUTSIDE_CHANGE_META)).toBe(true);
  });

  it("reaches any target document from any other (generated pairs)", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = prng(seed);
      const a = editorSchema.nodeFromJSON(randomDoc(random));
      const b = editorSchema.nodeFromJSON(randomDoc(random));
      const state = EditorState.create({ doc: a });
      const tr = replaceDocument(state, b);
      const result = tr ? state.apply(tr).doc : a;
      expect(result.eq(b), `seed ${seed}`).toBe(true);
    }
  });
});
