import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** A compliance finding's place in the text, underlined in the editor (the findings panel says what it is). */
export interface FindingHighlight {
  from: number;
  to: number;
  severity: "error" | "warning";
}

export const findingHighlightsKey = new PluginKey<DecorationSet>("findingHighlights");

/**
 * Underlines findings without touching the document: decorations replaced whenever the editor is
 * given a new list (transaction meta), and mapped through edits in between so they stay on the words.
 */
export const FindingHighlights = Extension.create({
  name: "findingHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: findingHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const next = tr.getMeta(findingHighlightsKey) as FindingHighlight[] | undefined;
            if (!next) return set.map(tr.mapping, tr.doc);
            const size = tr.doc.content.size;
            return DecorationSet.create(
              tr.doc,
              next
                .filter((h) => h.from >= 0 && h.from < h.to && h.to <= size)
                .map((h) =>
                  Decoration.inline(h.from, h.to, { class: h.severity === "error" ? "finding-error" : "finding-warning", "data-finding": h.severity }, { severity: h.severity }),
                ),
            );
          },
        },
        props: {
          decorations(state) {
            return findingHighlightsKey.getState(state);
          },
        },
      }),
    ];
  },
});

/** The underlines drawn now (mapped through the edits since they were set), as ranges. */
export function highlightsShown(state: EditorState): FindingHighlight[] {
  return (findingHighlightsKey.getState(state)?.find() ?? []).map((decoration) => ({
    from: decoration.from,
    to: decoration.to,
    severity: (decoration.spec as { severity?: FindingHighlight["severity"] }).severity ?? "warning",
  }));
}

/** Whether two lists underline the same ranges the same way (order aside; empty ranges are never drawn). */
export function sameHighlights(a: readonly FindingHighlight[], b: readonly FindingHighlight[]): boolean {
  const key = (list: readonly FindingHighlight[]) =>
    list
      .filter((h) => h.from < h.to)
      .map((h) => `${h.from}-${h.to}-${h.severity}`)
      .sort()
      .join(",");
  return key(a) === key(b);
}
