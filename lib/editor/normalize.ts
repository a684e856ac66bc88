/**
 * Server entry of the normaliser: every save goes through `normalizeDocument`. HTML is parsed with
 * happy-dom (what `@tiptap/html/server` uses) — not `generateJSON` itself, because the same parsed
 * DOM must also be inspected for what the schema drops. JSON from a client is never trusted: it is
 * checked against the schema and then the same content rules apply.
 */
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { AppError } from "@/lib/errors";
import { applyContentRules } from "./content-rules";
import { editorSchema, type DocJSON } from "./extensions";
import { normalizeParsedHtml } from "./normalize-html";
import type { NormalizeResult } from "./normalize-result";

export type { ChangeKind, NormalizeChange } from "./changes";
export type { NormalizeResult } from "./normalize-result";
export { normalizeText } from "./normalize-text";
export { normalizeParsedHtml } from "./normalize-html";

/** Largest document accepted: ProseMirror JSON, serialised as UTF-8 (input JSON and normalised result). */
export const MAX_DOCUMENT_BYTES = 64 * 1024;
/**
 * Largest HTML input. Larger than the document limit because office clipboards wrap a page of text
 * in up to ~300 KB of style sheets and conditional comments (see the Word samples in the paste
 * corpus); the normalised document must still fit MAX_DOCUMENT_BYTES.
 */
export const MAX_HTML_INPUT_BYTES = 1024 * 1024;

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

export type NormalizeInput = { json: unknown } | { html: string };

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function assertSize(bytes: number, limit = MAX_DOCUMENT_BYTES): void {
  if (bytes > limit) {
    throw new DocumentRejectedError("too-large", { bytes, limit });
  }
}

function assertDocumentSize(result: NormalizeResult): NormalizeResult {
  assertSize(byteLength(JSON.stringify(result.doc)));
  return result;
}

function parseHtml(html: string): NormalizeResult {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, "text/html");
    // happy-dom's Document implements the standard DOM interface our DOM code relies on.
    return normalizeParsedHtml(document as unknown as Document);
  } finally {
    void window.happyDOM.abort();
    window.happyDOM.close();
  }
}

function checkJson(json: unknown): DocJSON {
  if (!json || typeof json !== "object" || (json as { type?: unknown }).type !== "doc") {
    throw new DocumentRejectedError("not-a-document");
  }
  try {
    const node = ProseMirrorNode.fromJSON(editorSchema, json);
    node.check();
    return node.toJSON() as DocJSON;
  } catch (error) {
    throw new DocumentRejectedError("schema", {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Normalises a document for storage. Throws DocumentRejectedError (413 too large, 422 not a
 * document of our schema); anything else it can repair, and it says what it repaired.
 */
export function normalizeDocument(input: NormalizeInput): NormalizeResult {
  if ("html" in input) {
    if (typeof input.html !== "string") throw new DocumentRejectedError("not-a-document");
    assertSize(byteLength(input.html), MAX_HTML_INPUT_BYTES);
    return assertDocumentSize(parseHtml(input.html));
  }
  const serialised = JSON.stringify(input.json) ?? "";
  assertSize(byteLength(serialised));
  const { doc, counter } = applyContentRules(checkJson(input.json));
  ProseMirrorNode.fromJSON(editorSchema, doc).check();
  return { doc, changes: counter.toChanges(), unknownPlaceholders: counter.unknownPlaceholders };
}
