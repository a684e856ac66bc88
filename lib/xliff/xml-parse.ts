/**
 * Parses untrusted XML with jsdom's DOMParser (a strict, namespace-aware XML parser that reports
 * well-formedness errors as a `parsererror` document). Node only.
 *
 * Document type declarations are refused before parsing: jsdom expands internal entities, so a
 * DOCTYPE would allow entity-expansion bombs, and XLIFF never needs one. External entities are not
 * fetched by jsdom, but they are refused by the same rule.
 */
import { JSDOM } from "jsdom";

export type ParsedXml =
  | { ok: true; document: Document }
  | { ok: false; reason: "doctype" | "syntax"; detail: string };

const PARSER_ERROR_NAMESPACE = "http://www.mozilla.org/newlayout/xml/parsererror.xml";

let parser: DOMParser | undefined;

function domParser(): DOMParser {
  // One window per process: creating one costs ~0.2 s; parsing is synchronous, so sharing is safe.
  parser ??= new new JSDOM("").window.DOMParser();
  return parser;
}

/**
 * Text of an uploaded file: UTF-8 (with or without a byte order mark) or UTF-16 with a byte order
 * mark, as translation tools write XLIFF; null when the bytes are not valid in that encoding.
 */
export function decodeXmlBytes(bytes: Uint8Array): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    // The decoder drops the byte order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function parseXml(input: string): ParsedXml {
  // Whitespace or a byte order mark before the XML declaration is harmless; the parser would refuse it.
  const xml = input.replace(/^[\uFEFF\s]+/, "");
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    return { ok: false, reason: "doctype", detail: "DOCTYPE" };
  }
  const document = domParser().parseFromString(xml, "application/xml");
  const root = document.documentElement;
  if (!root || root.namespaceURI === PARSER_ERROR_NAMESPACE || root.localName === "parsererror") {
    return { ok: false, reason: "syntax", detail: (root?.textContent ?? "").trim().slice(0, 200) };
  }
  // Belt and braces: nothing above should let a doctype through.
  if (document.doctype) return { ok: false, reason: "doctype", detail: "DOCTYPE" };
  return { ok: true, document };
}
