/**
 * Server entry of the normaliser: every save goes through `normalizeDocument`. HTML is parsed with
 * happy-dom (what `@tiptap/html/server` uses) — not `generateJSON` itself, because the same parsed
 * DOM must also be inspected for what the schema drops. JSON from a client is never trusted: it is
 * checked against the schema and then the same content rules apply.
 */
import { Window } from "happy-dom";
import { normalizeParsedHtml } from "./normalize-html";
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
  return normalizeJsonDocument(input.json);
}
