/**
 * Server entry of the normaliser: every save goes through `normalizeDocument`. HTML is parsed as
 * the browser's DOMParser parses it on paste (server-dom-parser.ts), and the same browser-safe
 * code then normalises the DOM — not `generateJSON`, because the parsed DOM must also be inspected
 * for what the schema drops. JSON from a client is never trusted: it is checked against the schema
 * and then the same content rules apply.
 */
import { normalizeParsedHtml } from "./normalize-html";
import { parseHtmlDocument } from "./server-dom-parser";
import { assertSize, byteLength, DocumentRejectedError, normalizeJsonDocument } from "./normalize-json";
import type { NormalizeResult } from "./normalize-result";

export type { ChangeKind, NormalizeChange } from "./changes";
export type { NormalizeResult } from "./normalize-result";
export { normalizeText } from "./normalize-text";
export { normalizeParsedHtml } from "./normalize-html";
export { DocumentRejectedError, MAX_DOCUMENT_BYTES, normalizeJsonDocument, type RejectionReason } from "./normalize-json";

/**
 * Largest HTML input. Larger than the document limit because office clipboards wrap a page of text
 * in up to ~300 KB of style sheets and conditional comments (see the Word samples in the paste
 * corpus); the normalised document must still fit MAX_DOCUMENT_BYTES.
 */
export const MAX_HTML_INPUT_BYTES = 1024 * 1024;

export type NormalizeInput = { json: unknown } | { html: string };

function assertDocumentSize(result: NormalizeResult): NormalizeResult {
  assertSize(byteLength(JSON.stringify(result.doc)));
  return result;
}

/**
 * Normalises a document for storage. Throws DocumentRejectedError (413 too large, 422 not a
 * document of our schema); anything else it can repair, and it says what it repaired.
 */
export function normalizeDocument(input: NormalizeInput): NormalizeResult {
  if ("html" in input) {
    if (typeof input.html !== "string") throw new DocumentRejectedError("not-a-document");
    assertSize(byteLength(input.html), MAX_HTML_INPUT_BYTES);
    return assertDocumentSize(normalizeParsedHtml(parseHtmlDocument(input.html)));
  }
  return normalizeJsonDocument(input.json);
}
