/**
 * Document → email-safe HTML. Pure string building (no DOM), so it runs the same in the browser
 * preview, the server and the delivery API. Output holds only the schema's elements, no styling:
 * one wrapper `<div lang dir>`, paragraphs, two heading levels, strong/em, lists, br, https links
 * with a fixed rel, and images with alt and a percentage width. Placeholders are filled with
 * escaped values, never left as markup.
 */
import { directionOf, type TextDirection } from "@/lib/locales/tags";
import { MARK, NODE, type DocJSON, type MarkJSON, type NodeJSON } from "./extensions";
import { toSafeImageAttributes } from "./extensions/image";
import { LINK_REL } from "./extensions/link";
import { assertValuesFor, placeholderValue } from "./placeholder-values";
import { sampleValues, type PlaceholderValues } from "./placeholders";
import { isAllowedHref } from "./url-rules";

export interface RenderHtmlOptions {
  /** BCP 47 tag of the buyer's language, written to `lang`. */
  locale: string;
  /** Defaults to the locale's script direction. */
  dir?: TextDirection;
  values: PlaceholderValues;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function openTag(mark: MarkJSON): string {
  if (mark.type === MARK.bold) return "<strong>";
  if (mark.type === MARK.italic) return "<em>";
  if (mark.type === MARK.link && isAllowedHref(mark.attrs?.href)) {
    return `<a href="${escapeHtml(String(mark.attrs?.href))}" rel="${LINK_REL}">`;
  }
  return "";
}

function closeTag(mark: MarkJSON): string {
  if (mark.type === MARK.bold) return "</strong>";
  if (mark.type === MARK.italic) return "</em>";
  if (mark.type === MARK.link && isAllowedHref(mark.attrs?.href)) return "</a>";
  return "";
}

function sameMark(a: MarkJSON, b: MarkJSON): boolean {
  return a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

/** Inline content with marks opened and closed like ProseMirror's serializer: shared marks stay open. */
function renderInline(nodes: NodeJSON[] | undefined, values: PlaceholderValues): string {
  let html = "";
  const open: MarkJSON[] = [];
  for (const node of nodes ?? []) {
    const marks = node.marks ?? [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark(open[keep], marks[keep])) keep++;
    while (open.length > keep) html += closeTag(open.pop() as MarkJSON);
    for (const mark of marks.slice(keep)) {
      html += openTag(mark);
      open.push(mark);
    }
    if (node.type === NODE.text) html += escapeHtml(node.text ?? "");
    else if (node.type === NODE.hardBreak) html += "<br>";
    else if (node.type === NODE.placeholder) html += escapeHtml(placeholderValue(node, values));
  }
  while (open.length) html += closeTag(open.pop() as MarkJSON);
  return html;
}

function renderBlock(node: NodeJSON, values: PlaceholderValues): string {
  switch (node.type) {
    case NODE.paragraph:
      return `<p>${renderInline(node.content, values)}</p>`;
    case NODE.heading: {
      const level = node.attrs?.level === 2 ? 2 : 1;
      return `<h${level}>${renderInline(node.content, values)}</h${level}>`;
    }
    case NODE.bulletList:
      return `<ul>${(node.content ?? []).map((item) => renderListItem(item, values)).join("")}</ul>`;
    case NODE.orderedList: {
      const start = Number(node.attrs?.start ?? 1);
      const startAttr = Number.isInteger(start) && start !== 1 ? ` start="${start}"` : "";
      return `<ol${startAttr}>${(node.content ?? []).map((item) => renderListItem(item, values)).join("")}</ol>`;
    }
    case NODE.image: {
      const attrs = toSafeImageAttributes(node.attrs ?? {});
      return attrs ? `<img src="${escapeHtml(attrs.src)}" alt="${escapeHtml(attrs.alt)}" width="${attrs.width}%">` : "";
    }
    default:
      return "";
  }
}

/** A list item's first paragraph is written inline, so mail clients do not add paragraph margins. */
function renderListItem(item: NodeJSON, values: PlaceholderValues): string {
  const [first, ...rest] = item.content ?? [];
  const head = first?.type === NODE.paragraph ? renderInline(first.content, values) : first ? renderBlock(first, values) : "";
  return `<li>${head}${rest.map((block) => renderBlock(block, values)).join("")}</li>`;
}

/** Email-safe HTML of a normalised document; throws MissingPlaceholderError if a value is missing. */
export function renderEmailHtml(doc: DocJSON, options: RenderHtmlOptions): string {
  assertValuesFor(doc, options.values);
  const dir = options.dir ?? directionOf(options.locale);
  const body = doc.content.map((block) => renderBlock(block, options.values)).join("");
  return `<div lang="${escapeHtml(options.locale)}" dir="${dir}">${body}</div>`;
}

/** Preview with the locale's sample values. */
export function renderPreviewHtml(doc: DocJSON, locale: string): string {
  return renderEmailHtml(doc, { locale, values: sampleValues(locale) });
}
