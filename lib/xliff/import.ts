/**
 * Import of a translated XLIFF 2.0 document, validated as a whole: either every check passes and
 * the translation is returned, rebuilt on the source's block structure and normalised like any
 * save, or the caller gets every problem found and nothing to store.
 *
 * Checks, in order: size; nesting depth and element count (before parsing); well-formed XML without a DOCTYPE; an XLIFF 2.x root; srcLang is the
 * source locale and trgLang a locale the importer may fill; every `<file>` is for this template and
 * version (if not, unit checks are skipped: they would only repeat the mismatch); then per unit:
 * it exists exactly once and is expected; its source still says what the source says now; its
 * target is complete, decodes to known codes, and has exactly the source's placeholders.
 *
 * Tools' habits that are accepted: notes, `state` and other attributes on segments, units split
 * into several segments and ignorables (with `order` on targets), `<sc>/<ec>` instead of `<pc>`,
 * `<mrk>` annotations, pretty-printing whitespace, and `<group>` around units. Node only.
 */
import { NODE, type DocJSON, type NodeJSON } from "@/lib/editor/extensions";
import { DocumentRejectedError, normalizeDocument, type NormalizeChange } from "@/lib/editor/normalize";
import { placeholderToken } from "@/lib/editor/placeholders";
import { decodeInline } from "./decode";
import { parseOriginal, sameLocale, XLIFF_NAMESPACE } from "./identity";
import { collapseWhitespace, placeholderNames, plainText } from "./inline-codes";
import { xliffProblem, type XliffProblem } from "./problems";
import { blockSlots, encodedUnits, SUBJECT_UNIT_ID, type EncodedSlot } from "./units";
import { decodeXmlBytes, parseXml } from "./xml-parse";
import { checkXmlShape, MAX_XML_DEPTH, MAX_XML_ELEMENTS } from "./xml-shape";

/** Far above any real file (a document is at most 64 KB of JSON); keeps parsing cheap. */
export const MAX_XLIFF_BYTES = 2 * 1024 * 1024;

export interface XliffImportExpectation {
  templateKey: string;
  versionNumber: number;
  sourceLocale: string;
  /** Target locales the importing member may fill (their locales among the template's). */
  allowedTargetLocales: readonly string[];
  sourceSubject: string;
  sourceDoc: DocJSON;
}

export type XliffImportResult =
  | {
      ok: true;
      /** The target locale, spelled as in allowedTargetLocales. */
      locale: string;
      subject: string;
      doc: DocJSON;
      /** What normalisation changed in the translation (editor change report). */
      changes: NormalizeChange[];
    }
  | { ok: false; problems: XliffProblem[] };

const failed = (problems: XliffProblem[]): XliffImportResult => ({ ok: false, problems });

function childElements(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((el) => el.namespaceURI === XLIFF_NAMESPACE && el.localName === localName);
}

function checkLocales(root: Element, expected: XliffImportExpectation, problems: XliffProblem[]): string | undefined {
  const srcLang = root.getAttribute("srcLang");
  if (!sameLocale(srcLang, expected.sourceLocale)) {
    problems.push(xliffProblem("wrong-locale", { attribute: "srcLang", found: srcLang ?? "", expected: expected.sourceLocale }));
  }
  const trgLang = root.getAttribute("trgLang");
  const locale = expected.allowedTargetLocales.find((allowed) => sameLocale(trgLang, allowed));
  if (!locale) {
    problems.push(
      xliffProblem("wrong-locale", { attribute: "trgLang", found: trgLang ?? "", expected: expected.allowedTargetLocales.join(", ") }),
    );
  }
  return locale;
}

function checkFiles(files: readonly Element[], expected: XliffImportExpectation): XliffProblem[] {
  const problems = new Map<string, XliffProblem>();
  const add = (problem: XliffProblem) => problems.set(JSON.stringify(problem), problem);
  if (files.length === 0) add(xliffProblem("wrong-template", { found: "", expected: expected.templateKey }));
  for (const file of files) {
    const original = file.getAttribute("original");
    const identity = parseOriginal(original);
    if (!identity || identity.templateKey !== expected.templateKey) {
      add(xliffProblem("wrong-template", { found: identity?.templateKey ?? original ?? "", expected: expected.templateKey }));
    } else if (identity.versionNumber !== expected.versionNumber) {
      add(xliffProblem("wrong-version", { found: identity.versionNumber, expected: expected.versionNumber }));
    }
  }
  return [...problems.values()];
}

/** Source and target contents of a unit's segments and ignorables, targets in their `order`. */
function unitParts(unit: Element): { sources: Element[]; targets: Element[]; untranslated: boolean } {
  const parts = Array.from(unit.children).filter(
    (el) => el.namespaceURI === XLIFF_NAMESPACE && (el.localName === "segment" || el.localName === "ignorable"),
  );
  const sources: Element[] = [];
  const ordered: { position: number; element: Element }[] = [];
  let untranslated = false;
  parts.forEach((part, index) => {
    const [source] = childElements(part, "source");
    const [target] = childElements(part, "target");
    if (source) sources.push(source);
    const hasSourceText = collapseWhitespace(source?.textContent ?? "") !== "" || (source?.children.length ?? 0) > 0;
    if (target) {
      const order = Number.parseInt(target.getAttribute("order") ?? "", 10);
      ordered.push({ position: Number.isInteger(order) ? order : index + 1, element: target });
    } else if (part.localName === "ignorable" && source) {
      ordered.push({ position: index + 1, element: source });
    } else if (hasSourceText) {
      untranslated = true;
    }
  });
  ordered.sort((a, b) => a.position - b.position);
  return { sources, targets: ordered.map((o) => o.element), untranslated };
}

function countNames(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

function parityProblems(unitId: string, expected: readonly string[], found: readonly string[]): XliffProblem[] {
  const want = countNames(expected);
  const got = countNames(found);
  const problems: XliffProblem[] = [];
  for (const [name, count] of want) {
    if ((got.get(name) ?? 0) < count) problems.push(xliffProblem("missing-placeholder", { name: placeholderToken(name) }, unitId));
  }
  for (const [name, count] of got) {
    if (count > (want.get(name) ?? 0)) problems.push(xliffProblem("extra-placeholder", { name: placeholderToken(name) }, unitId));
  }
  return problems;
}

function hasContent(nodes: readonly NodeJSON[]): boolean {
  return nodes.some((node) => node.type === NODE.placeholder || (node.type === NODE.text && (node.text ?? "").trim() !== ""));
}

/** Reads one unit's translation; problems go to `problems`. */
function readUnit(element: Element, unit: EncodedSlot, problems: XliffProblem[]): NodeJSON[] {
  const { sources, targets, untranslated } = unitParts(element);
  const source = decodeInline(sources, unit.encoded.codes, unit.id);
  if (source.problems.length || plainText(source.nodes) !== unit.encoded.plain) {
    problems.push(xliffProblem("source-changed", {}, unit.id));
  }
  const target = decodeInline(targets, unit.encoded.codes, unit.id);
  problems.push(...target.problems);
  if (untranslated || !hasContent(target.nodes)) {
    problems.push(xliffProblem("empty-target", {}, unit.id));
    return target.nodes;
  }
  problems.push(...parityProblems(unit.id, unit.encoded.placeholders, placeholderNames(target.nodes)));
  return target.nodes;
}

/** The translation as a document: the source's blocks with translated content. */
function rebuild(sourceDoc: DocJSON, translated: ReadonlyMap<string, NodeJSON[]>): DocJSON {
  const doc = structuredClone(sourceDoc);
  for (const slot of blockSlots(doc)) {
    const nodes = translated.get(slot.id);
    if (!nodes) continue;
    if (slot.kind === "image-alt") {
      slot.node.attrs = { ...slot.node.attrs, alt: plainText(nodes) };
    } else {
      slot.node.content = nodes;
    }
  }
  return doc;
}

/** `file`: the XML text, or the uploaded bytes (UTF-8, or UTF-16 with a byte order mark). */
export function importXliff(file: string | Uint8Array, expected: XliffImportExpectation): XliffImportResult {
  const bytes = typeof file === "string" ? Buffer.byteLength(file, "utf8") : file.byteLength;
  if (bytes > MAX_XLIFF_BYTES) return failed([xliffProblem("too-large", { bytes, limit: MAX_XLIFF_BYTES })]);
  const xml = typeof file === "string" ? file : decodeXmlBytes(file);
  if (xml === null) return failed([xliffProblem("malformed-xml", { detail: "encoding" })]);
  const shape = checkXmlShape(xml);
  if (!shape.ok) return failed([xliffProblem("too-complex", { depth: MAX_XML_DEPTH, elements: MAX_XML_ELEMENTS })]);
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    return failed([xliffProblem("malformed-xml", { detail: parsed.detail }, undefined, parsed.reason === "doctype" ? "doctype" : undefined)]);
  }
  const root = parsed.document.documentElement;
  const version = root.getAttribute("version") ?? "";
  if (root.localName !== "xliff" || root.namespaceURI !== XLIFF_NAMESPACE || !/^2\.\d+$/.test(version)) {
    return failed([xliffProblem("not-xliff-2", { namespace: root.namespaceURI ?? "", version })]);
  }

  const problems: XliffProblem[] = [];
  const locale = checkLocales(root, expected, problems);
  const files = childElements(root, "file");
  const fileProblems = checkFiles(files, expected);
  if (fileProblems.length) return failed([...problems, ...fileProblems]);

  const elements = new Map<string, Element>();
  for (const file of files) {
    for (const unit of Array.from(file.getElementsByTagNameNS(XLIFF_NAMESPACE, "unit"))) {
      const id = unit.getAttribute("id") ?? "";
      if (elements.has(id)) problems.push(xliffProblem("duplicate-unit", {}, id));
      else elements.set(id, unit);
    }
  }
  const units = encodedUnits(expected.sourceSubject, expected.sourceDoc);
  const expectedIds = new Set(units.map((unit) => unit.id));
  const translated = new Map<string, NodeJSON[]>();
  for (const unit of units) {
    const element = elements.get(unit.id);
    if (!element) problems.push(xliffProblem("missing-unit", {}, unit.id));
    else translated.set(unit.id, readUnit(element, unit, problems));
  }
  for (const id of elements.keys()) if (!expectedIds.has(id)) problems.push(xliffProblem("unknown-unit", {}, id));
  if (problems.length || !locale) return failed(problems);

  const subjectNodes = translated.get(SUBJECT_UNIT_ID);
  const subject = subjectNodes ? plainText(subjectNodes) : "";
  try {
    const { doc, changes } = normalizeDocument({ json: rebuild(expected.sourceDoc, translated) });
    return { ok: true, locale, subject, doc, changes };
  } catch (error) {
    if (error instanceof DocumentRejectedError) {
      const details = Object.entries(error.params).filter(
        (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
      );
      return failed([xliffProblem("invalid-document", { ...Object.fromEntries(details), reason: error.reason })]);
    }
    throw error;
  }
}
