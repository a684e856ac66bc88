/**
 * Small helpers of the template editor (template-editor.tsx): the parent's latest callbacks for
 * extensions that outlive a render, when a notice clears, and tolerant reads of a document.
 */
import type { Editor } from "@tiptap/core";
import type { DocJSON } from "@/lib/editor/extensions";
import type { ContentNotice } from "@/lib/editor/extensions/content-guard";
import { plainTextLength } from "@/lib/editor/render-text";
import { worstCaseLength } from "@/lib/editor/worst-case-values";
import { directionOf } from "@/lib/locales/tags";

/** The parent's current callbacks, read by editor extensions that outlive a render. */
export class LatestCallbacks {
  onNotice?: (notice: ContentNotice) => void;
  onChange?: (doc: DocJSON) => void;
  update(onNotice: LatestCallbacks["onNotice"], onChange: LatestCallbacks["onChange"]): void {
    this.onNotice = onNotice;
    this.onChange = onChange;
  }
}

/**
 * Whether the notice on show was raised by the edit being applied: a paste that lost something
 * raises its notice before the edit lands, and that landing must not clear it. Any later accepted
 * edit clears the notice (its cause is gone); a refused edit changes nothing, so it raises none.
 */
export class NoticeFreshness {
  private fresh = false;
  raised(mode: ContentNotice["mode"]): void {
    this.fresh = mode === "removed";
  }
  /** True when the notice should clear with this edit. */
  clearsOnEdit(): boolean {
    const clears = !this.fresh;
    this.fresh = false;
    return clears;
  }
}

export function safeDirection(locale: string): "ltr" | "rtl" {
  try {
    return directionOf(locale);
  } catch {
    return "ltr";
  }
}

/** The counter's two lengths: with the longest sample values, and with the longest values an order may have. */
export function measure(doc: DocJSON, locale: string): { length: number; worstCase: number } {
  try {
    return { length: plainTextLength(doc), worstCase: worstCaseLength(doc, locale) };
  } catch {
    // Only a document with a placeholder outside the catalogue gets here; the server reports it.
    const length = JSON.stringify(doc).length;
    return { length, worstCase: length };
  }
}

/** A document of the editor's schema from JSON, or null when it is not one. */
export function nodeOf(editor: Editor, doc: DocJSON) {
  try {
    return editor.schema.nodeFromJSON(doc);
  } catch {
    return null;
  }
}
