/**
 * Document → plain text for Amazon's Selling Partner API, whose `text` fields take no HTML:
 * headings on their own lines, list items as "- " / "1. " lines, links as "text (https://…)",
 * images as "alt (https://…)", at most two newlines in a row.
 */
import { MARK, NODE, type DocJSON, type NodeJSON } from "./extensions";
import { assertValuesFor, placeholderValue } from "./placeholder-values";
import { longestSampleValues, sampleValues, type PlaceholderValues } from "./placeholders";
import { isAllowedHref } from "./url-rules";

export interface RenderTextOptions {
  values: PlaceholderValues;
}

/** Inline content; a link's URL follows its text unless the text already is the URL. */
function renderInline(nodes: NodeJSON[] | undefined, values: PlaceholderValues): string {
  let text = "";
  let link: { href: string; text: string } | null = null;
  const flushLink = () => {
    if (!link) return;
    const bare = link.href.replace(/^https:\/\//, "").replace(/\/$/, "");
    const label = link.text.trim();
    text += label === link.href || label === bare || label === "" ? link.href : `${link.text} (${link.href})`;
    link = null;
  };
  for (const node of nodes ?? []) {
    const linkMark = node.marks?.find((mark) => mark.type === MARK.link && isAllowedHref(mark.attrs?.href));
    const href = linkMark ? String(linkMark.attrs?.href) : null;
    if (link && link.href !== href) flushLink();
    let piece = "";
    if (node.type === NODE.text) piece = node.text ?? "";
    else if (node.type === NODE.hardBreak) piece = "\n";
    else if (node.type === NODE.placeholder) piece = placeholderValue(node, values);
    if (href) {
      link ??= { href, text: "" };
      link.text += piece;
    } else {
      text += piece;
    }
  }
  flushLink();
  return text;
}

function indent(text: string, prefix: string): string {
  return text.split("\n").map((line) => (line ? prefix + line : line)).join("\n");
}

function renderList(node: NodeJSON, values: PlaceholderValues): string {
  const start = Number(node.attrs?.start ?? 1);
  return (node.content ?? [])
    .map((item, i) => {
      const marker = node.type === NODE.orderedList ? `${(Number.isInteger(start) ? start : 1) + i}. ` : "- ";
      const [first, ...rest] = (item.content ?? []).map((block) => renderBlock(block, values));
      const continuation = " ".repeat(marker.length);
      const head = marker + indent(first ?? "", continuation).slice(continuation.length);
      return [head, ...rest.map((block) => indent(block, continuation))].join("\n");
    })
    .join("\n");
}

function renderBlock(node: NodeJSON, values: PlaceholderValues): string {
  switch (node.type) {
    case NODE.paragraph:
    case NODE.heading:
      return renderInline(node.content, values);
    case NODE.bulletList:
    case NODE.orderedList:
      return renderList(node, values);
    case NODE.image: {
      const alt = typeof node.attrs?.alt === "string" ? node.attrs.alt : "";
      const src = typeof node.attrs?.src === "string" ? node.attrs.src : "";
      return src ? `${alt} (${src})` : alt;
    }
    default:
      return "";
  }
}

/** Plain text of a normalised document; throws MissingPlaceholderError if a value is missing. */
export function renderPlainText(doc: DocJSON, options: RenderTextOptions): string {
  assertValuesFor(doc, options.values);
  return doc.content
    .map((block) => renderBlock(block, options.values))
    .join("\n\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The name the policy engine uses for the same function. */
export const renderText = renderPlainText;

/** Preview with the locale's sample values. */
export function renderPreviewText(doc: DocJSON, locale: string): string {
  return renderPlainText(doc, { values: sampleValues(locale) });
}

/**
 * Characters (Unicode code points) the message can take at most, with every placeholder at its
 * longest sample: what the editor's counter compares with the purpose's budget.
 */
export function plainTextLength(doc: DocJSON, values: PlaceholderValues = longestSampleValues()): number {
  return [...renderPlainText(doc, { values })].length;
}
