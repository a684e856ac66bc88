/**
 * The normaliser for documents that arrive as ProseMirror JSON — autosave, restored drafts, the
 * API. Browser-safe: the editor runs exactly this before it sends, and the server runs it again on
 * what arrives, so for anything the editor can produce both sides compute the same document.
 */
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { AppError } from "@/lib/errors";
import { applyContentRules } from "./content-rules";
import { editorSchema, type DocJSON } from "./extensions";
import type { NormalizeResult } from "./normalize-result";

/** Largest document accepted: ProseMirror JSON, serialised as UTF-8 (input JSON and normalised result). */
export const MAX_DOCUMENT_BYTES = 64 * 1024;

export type RejectionReason = "too-large" | "schema" | "not-a-document";

/**
 * A document that cannot be stored: 413 (too large) or 422 (not a document of our schema). An
 * AppError, so routes answer it like any other; `messageKey` carries its namespace
 * ("editor:errors.schema") so it resolves whichever namespace the caller translates with.
 */
export class DocumentRejectedError extends AppError {
  declare readonly status: 413 | 422;
  constructor(
    readonly reason: RejectionReason,
    params: Record<string, string | number> = {},
  ) {
    super(reason === "too-large" ? "payload_too_large" : "unprocessable", `editor:errors.${reason}`, params);
    this.name = "DocumentRejectedError";
    this.message = `editor:errors.${reason}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`;
  }
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function assertSize(bytes: number, limit = MAX_DOCUMENT_BYTES): void {
  if (bytes > limit) throw new DocumentRejectedError("too-large", { bytes, limit });
}

function checkJson(json: unknown): ProseMirrorNode {
  if (!json || typeof json !== "object" || (json as { type?: unknown }).type !== "doc") {
    throw new DocumentRejectedError("not-a-document");
  }
  try {
    const node = ProseMirrorNode.fromJSON(editorSchema, json);
    node.check();
    return node;
  } catch (error) {
    throw new DocumentRejectedError("schema", { detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The content rules on a checked document, returned in ProseMirror's own JSON form (its key
 * order), so that the result reads the same whether it was computed here, on the server or by
 * `editor.getJSON()`.
 */
export function normalizeNode(node: ProseMirrorNode): NormalizeResult {
  const { doc, counter } = applyContentRules(node.toJSON() as DocJSON);
  const canonical = ProseMirrorNode.fromJSON(editorSchema, doc);
  // The rules keep the schema; checking is cheap and turns a bug into an error instead of bad data.
  canonical.check();
  return { doc: canonical.toJSON() as DocJSON, changes: counter.toChanges(), unknownPlaceholders: counter.unknownPlaceholders };
}

/**
 * Normalises client JSON for storage. Throws DocumentRejectedError (413 too large, 422 not a
 * document of our schema); anything else it repairs, and it says what it repaired.
 */
export function normalizeJsonDocument(json: unknown): NormalizeResult {
  assertSize(byteLength(JSON.stringify(json) ?? ""));
  const result = normalizeNode(checkJson(json));
  assertSize(byteLength(JSON.stringify(result.doc)));
  return result;
}
