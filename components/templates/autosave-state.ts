/**
 * The shapes the autosave controller speaks (autosave-controller.ts): what the page renders from
 * it, and how the shown content is prepared for storing.
 */
import type { A11yResult } from "@/lib/a11y/result";
import type { NormalizeChange } from "@/lib/editor/changes";
import type { DocJSON } from "@/lib/editor/extensions";
import { DocumentRejectedError } from "@/lib/editor/normalize-json";
import type { Finding } from "@/lib/policy/types";
import { storedContentOf, type StoredContent } from "@/lib/templates/stored-content";

export interface VariantContent {
  subject: string;
  doc: DocJSON;
}

export interface Conflict extends VariantContent {
  revision: number;
  updatedByName: string | null;
}

/** The server's checks and the content hash they were made for. */
export interface ServerChecks {
  contentHash: string | null;
  findings: Finding[];
  a11y: A11yResult | null;
}

export type SaveState = "saved" | "dirty" | "saving" | "retrying" | "rejected" | "conflict";

/** Why a save was refused: a server message, or an i18n key with params when the browser refused it itself. */
export type Rejection = { message: string } | { messageKey: string; params: Record<string, unknown> };

/** The shown content and what it becomes when stored (null when it cannot be stored). */
export interface PreparedContent {
  shown: VariantContent;
  stored: StoredContent | null;
  rejection: DocumentRejectedError | null;
}

export interface AutosaveSnapshot {
  prepared: PreparedContent;
  state: SaveState;
  rejection: Rejection | null;
  conflict: Conflict | null;
  /** A draft from this browser was put back into the editor. */
  restored: boolean;
  checks: ServerChecks;
  /** What the server's normalisation removed from the last save, when it made something else of it. */
  serverChanges: NormalizeChange[];
}

export interface AutosaveOptions {
  variantId: string;
  initial: VariantContent;
  initialRevision: number;
  initialChecks: ServerChecks;
  enabled: boolean;
  /** Injected for tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

export interface AutosaveCallbacks {
  /** A document that must replace the editor's (the server's copy, the other side of a conflict, a restored draft). */
  onOutsideChange: (doc: DocJSON) => void;
  /** Called with the new revision after every successful save. */
  onSaved?: (revision: number) => void;
}

export function prepareContent(shown: VariantContent): PreparedContent {
  try {
    return { shown, stored: storedContentOf(shown.subject, shown.doc), rejection: null };
  } catch (error) {
    if (error instanceof DocumentRejectedError) return { shown, stored: null, rejection: error };
    throw error;
  }
}

