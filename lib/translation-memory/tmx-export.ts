/**
 * TMX 1.4b export of translation-memory entries, for translators' own tools (Trados, memoQ,
 * Phrase, OmegaT): one `<tu>` per entry with the source and the target `<tuv>`.
 *
 * Inline content uses TMX's own codes, with the native (HTML) code as content so that tools can
 * show it:
 *
 * - a placeholder is `<ph type="x-placeholder">{{name}}</ph>`;
 * - a line break is `<ph type="lb">&lt;br/&gt;</ph>`;
 * - bold, italic and links are `<bpt i="N" type="bold|italic|link">…</bpt>…<ept i="N">…</ept>`
 *   pairs, nested in the order of the nodes' marks as lib/xliff/inline-codes.ts nests its `<pc>`
 *   spans; `i` counts the pairs of one segment from 1.
 *
 * The output depends on the entries alone (no clock, no random ids), so the same memory always
 * exports to the same bytes and tmx-import.ts reads it back to equal entries.
 */
import { MARK, NODE, type MarkJSON, type NodeJSON } from "@/lib/editor/extensions";
import { placeholderToken } from "@/lib/editor/placeholders";
import { markKey } from "@/lib/xliff/inline-codes";
import { attributes, escapeTextDroppingInvalid } from "@/lib/xliff/xml-write";
import type { MemorySegment } from "./segments";

export interface TmxEntry extends MemorySegment {
  /** Confirmed by a reviewer; stored as `<prop type="x-permitted-trusted">`. */
  trusted: boolean;
  createdAt: Date;
}

export const TMX_VERSION = "1.4";
export const TMX_TRUSTED_PROP = "x-permitted-trusted";
export const TMX_PLACEHOLDER_TYPE = "x-placeholder";
/** TMX's header value for "the source language differs between units". */
export const TMX_ALL_LANGUAGES = "*all*";

/** Native codes of the marks the memory keeps; the import maps `type` back to the mark. */
export const TMX_MARK_TYPES: Readonly<Record<string, string>> = { [MARK.bold]: "bold", [MARK.italic]: "italic", [MARK.link]: "link" };

/** Escaped element content: TMX has no `<cp/>`; stored content never has such a character (the normaliser removes them). */
const text = escapeTextDroppingInvalid;

/** `YYYYMMDDThhmmssZ` in UTC, as TMX dates are written (seconds: TMX has no fractions). */
export function tmxDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new TypeError("exportTmx: invalid createdAt");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** An href as the value of an HTML attribute in double quotes (the native code of a link). */
function htmlAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

function nativeOpen(mark: MarkJSON): string {
  if (mark.type === MARK.link) return `<a href="${htmlAttribute(String(mark.attrs?.href ?? ""))}">`;
  return mark.type === MARK.bold ? "<b>" : "<i>";
}

function nativeClose(mark: MarkJSON): string {
  return mark.type === MARK.link ? "</a>" : mark.type === MARK.bold ? "</b>" : "</i>";
}

/** The content of a `<seg>`. */
export function encodeTmxInline(nodes: readonly NodeJSON[]): string {
  const open: { key: string; i: number; mark: MarkJSON }[] = [];
  let pairs = 0;
  let xml = "";
  const close = () => {
    const span = open.pop();
    if (span) xml += `<ept${attributes({ i: span.i })}>${text(nativeClose(span.mark))}</ept>`;
  };
  for (const node of nodes) {
    // Like encodeInline: a break carries no marks, and marks the memory does not keep are dropped.
    const marks = (node.type === NODE.hardBreak ? [] : (node.marks ?? [])).filter((m) => Object.hasOwn(TMX_MARK_TYPES, m.type));
    let common = 0;
    while (common < open.length && common < marks.length && open[common].key === markKey(marks[common])) common++;
    while (open.length > common) close();
    for (const mark of marks.slice(common)) {
      const i = ++pairs;
      open.push({ key: markKey(mark), i, mark });
      xml += `<bpt${attributes({ i, type: TMX_MARK_TYPES[mark.type] })}>${text(nativeOpen(mark))}</bpt>`;
    }
    if (node.type === NODE.text) xml += text(node.text ?? "");
    else if (node.type === NODE.placeholder) {
      xml += `<ph${attributes({ type: TMX_PLACEHOLDER_TYPE })}>${text(placeholderToken(String(node.attrs?.name)))}</ph>`;
    } else if (node.type === NODE.hardBreak) xml += `<ph${attributes({ type: "lb" })}>${text("<br/>")}</ph>`;
  }
  while (open.length) close();
  return xml;
}

function tuXml(entry: TmxEntry): string {
  return [
    `    <tu${attributes({ srclang: entry.sourceLocale, creationdate: tmxDate(entry.createdAt) })}>`,
    `      <prop${attributes({ type: TMX_TRUSTED_PROP })}>${entry.trusted ? "yes" : "no"}</prop>`,
    `      <tuv${attributes({ "xml:lang": entry.sourceLocale })}><seg>${encodeTmxInline(entry.sourceContent)}</seg></tuv>`,
    `      <tuv${attributes({ "xml:lang": entry.targetLocale })}><seg>${encodeTmxInline(entry.targetContent)}</seg></tuv>`,
    "    </tu>",
  ].join("\n");
}

/** A TMX 1.4b document (UTF-8 XML text) with one `<tu>` per entry, in the order given. */
export function exportTmx(entries: readonly TmxEntry[]): string {
  const sources = new Set(entries.map((entry) => entry.sourceLocale));
  const srclang = sources.size === 1 ? [...sources][0] : TMX_ALL_LANGUAGES;
  const header = attributes({
    creationtool: "Permitted",
    creationtoolversion: "1",
    segtype: "paragraph",
    "o-tmf": "Permitted",
    adminlang: "en",
    srclang,
    datatype: "plaintext",
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tmx${attributes({ version: TMX_VERSION })}>`,
    `  <header${header}/>`,
    "  <body>",
    ...entries.map(tuXml),
    "  </body>",
    "</tmx>",
    "",
  ].join("\n");
}
