/**
 * Browser-only behaviour for the editor (no schema changes): what the schema cannot hold never
 * disappears silently.
 * - Paste and drop of HTML run the server's normaliser (same analysis, same rules) on the browser's
 *   DOMParser, and report what was removed.
 * - Plain-text paste loses emoji the same way, reported.
 * - Any other change that would add an emoji, a third line break in a row, a list nested too deep,
 *   or an image/link the rules forbid is refused, and reported.
 */
import { Extension } from "@tiptap/core";
import { DOMSerializer, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { ChangeCounter, type NormalizeChange } from "../changes";
import { stripEmoji } from "../emoji";
import { normalizeParsedHtml } from "../normalize-html";
import { countViolations, increasedViolations, type ViolationKind, type Violations } from "../violations";

export interface ContentGuardOptions {
  /** What was removed from a paste ("removed") or why an edit was refused ("refused"). */
  onNotice: (notice: ContentNotice) => void;
}

export interface ContentNotice {
  mode: "removed" | "refused";
  changes: NormalizeChange[];
}

export const contentGuardKey = new PluginKey("permittedContentGuard");

function changesOf(violations: Violations): NormalizeChange[] {
  const counter = new ChangeCounter();
  for (const [kind, count] of Object.entries(violations) as [ViolationKind, number][]) counter.add(kind, count);
  return counter.toChanges();
}

export const ContentGuard = Extension.create<ContentGuardOptions>({
  name: "contentGuard",

  addOptions() {
    return { onNotice: () => {} };
  },

  addProseMirrorPlugins() {
    const { onNotice } = this.options;
    const violationsOf = new WeakMap<ProseMirrorNode, Violations>();
    const cachedViolations = (doc: ProseMirrorNode): Violations => {
      let counts = violationsOf.get(doc);
      if (!counts) {
        counts = countViolations(doc);
        violationsOf.set(doc, counts);
      }
      return counts;
    };

    return [
      new Plugin({
        key: contentGuardKey,
        props: {
          transformPastedHTML(html, view) {
            const parsed = new window.DOMParser().parseFromString(html, "text/html");
            const result = normalizeParsedHtml(parsed);
            if (result.changes.length) onNotice({ mode: "removed", changes: result.changes });
            // Hand ProseMirror the normalised document as HTML: it parses back to the same nodes.
            const node = view.state.schema.nodeFromJSON(result.doc);
            const wrap = document.createElement("div");
            DOMSerializer.fromSchema(view.state.schema).serializeFragment(node.content, { document }, wrap);
            return wrap.innerHTML;
          },
          transformPastedText(text) {
            const { text: clean, count } = stripEmoji(text);
            if (count) {
              const counter = new ChangeCounter();
              counter.add("emoji", count);
              onNotice({ mode: "removed", changes: counter.toChanges() });
            }
            return clean;
          },
        },
        filterTransaction(tr, state) {
          // External loads (setContent without update) and unchanged documents pass.
          if (!tr.docChanged || tr.getMeta("preventUpdate")) return true;
          const increased = increasedViolations(cachedViolations(state.doc), cachedViolations(tr.doc));
          if (Object.keys(increased).length === 0) return true;
          onNotice({ mode: "refused", changes: changesOf(increased) });
          return false;
        },
      }),
    ];
  },
});
