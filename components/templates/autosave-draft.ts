/**
 * The last resort for unsaved text: the editor's content in this browser's localStorage, kept
 * from the first unsaved change until the server confirms it. Storage may be full or disabled;
 * then the server save is all there is, and nothing here throws.
 */
import type { DocJSON } from "@/lib/editor/extensions";

export interface StoredDraft {
  subject: string;
  doc: DocJSON;
  /** The revision the text was based on. */
  baseRevision: number;
  /** Hash of a save that was on its way when the draft was written: if it arrived, the draft builds on it. */
  inFlightHash: string | null;
}

export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof draft.subject !== "string" || !draft.doc || typeof draft.baseRevision !== "number") return null;
    return { subject: draft.subject, doc: draft.doc, baseRevision: draft.baseRevision, inFlightHash: draft.inFlightHash ?? null };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: StoredDraft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing to clear.
  }
}
