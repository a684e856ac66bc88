/**
 * Document → the schema's own HTML (Tiptap's serializer; placeholders as
 * `<span data-placeholder="…">{{…}}</span>`), which parses back to the same document. For files
 * people keep (CLI) and round-trip checks; buyers get renderEmailHtml instead. Server-only (happy-dom).
 */
import { DOMSerializer, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { editorSchema, type DocJSON } from "./extensions";

let serializer: DOMSerializer | undefined;

export function documentToHtml(doc: DocJSON): string {
  serializer ??= DOMSerializer.fromSchema(editorSchema);
  const node = ProseMirrorNode.fromJSON(editorSchema, doc);
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  try {
    const document = window.document as unknown as Document;
    const wrap = document.createElement("div");
    serializer.serializeFragment(node.content, { document }, wrap);
    return wrap.innerHTML;
  } finally {
    void window.happyDOM.abort();
    window.happyDOM.close();
  }
}
