/**
 * HTML → normalised document on an already parsed DOM. Browser-safe (no jsdom import): the
 * editor calls it on paste with the browser's DOMParser, the server through normalize.ts with
 * jsdom's, which builds the same tree (both follow the HTML parsing spec).
 */
import { DOMParser as ProseMirrorDOMParser, Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { ChangeCounter } from "./changes";
import { applyContentRules } from "./content-rules";
import { editorSchema, NODE, type DocJSON } from "./extensions";
import { disarmFormClobbering } from "./form-clobbering";
import { analyzeHtml, repairOfficeHtml } from "./html-analysis";
import type { NormalizeResult } from "./normalize-result";
import { placeholderToken } from "./placeholders";
import { findLostText } from "./text-loss";
import { isNeverRendered, removeUnrenderedContent, visibleTextNodes } from "./visible-text";

let parser: ProseMirrorDOMParser | undefined;

function schemaParser(): ProseMirrorDOMParser {
  parser ??= ProseMirrorDOMParser.fromSchema(editorSchema);
  return parser;
}

/** The document's text as the input would show it: placeholders as their `{{name}}` token. */
function documentText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, "", (leaf) =>
    leaf.type.name === NODE.placeholder ? placeholderToken(String(leaf.attrs.name)) : "",
  );
}

/**
 * Reports unsupported elements so that "its text was kept" is only said when it was: elements a
 * browser never shows the content of were removed with it, and say so; visible text that did not
 * reach the document is reported with what it said and where it was, and the elements it was in
 * are not among those whose text was kept.
 */
function reportElements(counter: ChangeCounter, unsupported: Element[], visible: Text[], doc: ProseMirrorNode): void {
  const lost = findLostText(visible, documentText(doc));
  const lostIn = new Set<Element>();
  if (lost) {
    for (const element of unsupported) if (lost.nodes.some((node) => element.contains(node))) lostIn.add(element);
    const parents = lost.nodes.map((node) => node.parentElement).filter((e): e is HTMLElement => e !== null);
    const where = lostIn.size ? [...lostIn] : parents;
    counter.addTextRemoved(lost.count, lost.excerpt, where.map((element) => element.localName));
  }
  for (const element of unsupported) {
    if (isNeverRendered(element)) counter.addHiddenElement(element.localName);
    else if (!lostIn.has(element)) counter.addElement(element.localName);
  }
}

/**
 * Normalises a parsed HTML document. Mutates `document` (form controls' names, unrendered content,
 * office repairs), so pass a fresh one. Counts are taken on the whole document (a `<style>` in
 * `<head>` counts too); content comes from `<body>`.
 */
export function normalizeParsedHtml(document: Document): NormalizeResult {
  disarmFormClobbering(document);
  const { counter, unsupported } = analyzeHtml(document.documentElement);
  removeUnrenderedContent(document.body);
  repairOfficeHtml(document.body);
  // After the repairs: Word's typed list markers are gone on purpose (the list numbers its items).
  const visible = visibleTextNodes(document.body);
  const parsed = schemaParser().parse(document.body).toJSON() as DocJSON;
  const rules = applyContentRules(parsed);
  counter.merge(rules.counter);
  const canonical = ProseMirrorNode.fromJSON(editorSchema, rules.doc);
  // The rules keep the schema; checking is cheap and turns a bug into an error instead of bad data.
  canonical.check();
  reportElements(counter, unsupported, visible, canonical);
  // ProseMirror's own JSON form (its key order), as the JSON path and the browser editor write it.
  return { doc: canonical.toJSON() as DocJSON, changes: counter.toChanges(), unknownPlaceholders: counter.unknownPlaceholders };
}
