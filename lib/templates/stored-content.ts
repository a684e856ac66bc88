/**
 * What a variant's subject and body become when stored, and the hash that names that content.
 * Browser-safe: the editor computes it before it sends (and to know which findings belong to the
 * text on screen), the server computes it again on what arrives; for anything the editor can
 * produce the two agree, so the server never has to send the document back.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import type { NormalizeChange } from "@/lib/editor/changes";
import { normalizeJsonDocument } from "@/lib/editor/normalize-json";
import { variantContentHash } from "@/lib/workflow/content-hash";
import { cleanSubject } from "./text";

export interface StoredContent {
  subject: string;
  doc: DocJSON;
  /** variantContentHash of subject and doc: what checks, approvals and conflicts refer to. */
  contentHash: string;
  /** What normalisation removed from the document it was given. */
  changes: NormalizeChange[];
}

/** Throws the editor's DocumentRejectedError (413, 422) for a body that cannot be stored. */
export function storedContentOf(subject: string, doc: unknown): StoredContent {
  const normalized = normalizeJsonDocument(doc);
  const clean = cleanSubject(subject);
  return { subject: clean, doc: normalized.doc, contentHash: variantContentHash(clean, normalized.doc), changes: normalized.changes };
}
