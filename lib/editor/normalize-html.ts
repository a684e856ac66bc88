/**
 * HTML → normalised document on an already parsed DOM. Browser-safe (no happy-dom import): the
 * editor calls it on paste with the browser's DOMParser, the server through normalize.ts.
 */
import { DOMParser as ProseMirrorDOMParser, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { applyContentRules } from "./content-rules";
import { editorSchema, type DocJSON } from "./extensions";
import { analyzeHtml, repairOfficeHtml } from "./html-analysis";
import type { NormalizeResult } from "./normalize-result";

let parser: ProseMirrorDOMParser | undefined;

function schemaParser(): ProseMirrorDOMParser {
  parser ??= ProseMirrorDOMParser.fromSchema(editorSchema);
  return parser;
}

/**
 * Normalises a parsed HTML document. Mutates `document` (office repairs), so pass a fresh one.
 * Counts are taken on the whole document (a `<style>` in `<head>` counts too); content comes from
 * `<body>`.
 */
export function normalizeParsedHtml(document: Document): NormalizeResult {
  const analysis = analyzeHtml(document.documentElement);
  repairOfficeHtml(document.body);
  const parsed = schemaParser().parse(document.body).toJSON() as DocJSON;
  const { doc, counter } = applyContentRules(parsed);
  analysis.merge(counter);
  const canonical = ProseMirrorNode.fromJSON(editorSchema, doc);
  // The rules keep the schema; checking is cheap and turns a bug into an error instead of bad data.
  canonical.check();
  // ProseMirror's own JSON form (its key order), as the JSON path and the browser editor write it.
  return { doc: canonical.toJSON() as DocJSON, changes: analysis.toChanges(), unknownPlaceholders: analysis.unknownPlaceholders };
}
