/**
 * Rules a document must follow beyond what the schema's content expressions can say, applied to
 * ProseMirror JSON after parsing (HTML) or after the schema check (JSON from a client), so that a
 * hand-crafted document cannot bypass them:
 * no emoji; `{{name}}` in text becomes a placeholder node (unknown names are reported and kept as
 * text); at most two hard breaks in a row and none at the start or end of a block; no empty
 * blocks; headings level 1–2; lists nested one level at most; https links; images with https
 * source, alt text and width ≤ 80%; whitespace as HTML parsing leaves it (so a document survives
 * the trip through HTML unchanged).
 */
import { ChangeCounter } from "./changes";
import { stripEmoji } from "./emoji";
import { MARK, NODE, type DocJSON, type MarkJSON, type NodeJSON } from "./extensions";
import { MAX_HEADING_LEVEL } from "./extensions/heading";
import { toSafeImageAttributes } from "./extensions/image";
import { isPlaceholderName, PLACEHOLDER_TOKEN_PATTERN } from "./placeholders";
import { cleanUrl, imageProblem, isAllowedImageWidth, isUsableAlt, linkProblem, MAX_IMAGE_WIDTH_PERCENT } from "./url-rules";

export const MAX_CONSECUTIVE_HARD_BREAKS = 2;
/** Depth 1 is a list, depth 2 a list inside one of its items; deeper is flattened to 2. */
export const MAX_LIST_DEPTH = 2;

const LIST_TYPES = new Set<string>([NODE.bulletList, NODE.orderedList]);
const TEXTBLOCK_TYPES = new Set<string>([NODE.paragraph, NODE.heading]);
// The same characters ProseMirror's DOMParser collapses; NBSP is deliberately kept.
const COLLAPSIBLE_SPACE = /[ \t\r\n\f]+/g;

function sameMarks(a: MarkJSON[] | undefined, b: MarkJSON[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function withMarks(node: NodeJSON, marks: MarkJSON[] | undefined): NodeJSON {
  return marks && marks.length ? { ...node, marks } : node;
}

// ---------------------------------------------------------------------------------------------
// Inline content

function cleanMarks(marks: MarkJSON[] | undefined, counter: ChangeCounter): MarkJSON[] | undefined {
  if (!marks) return undefined;
  const kept: MarkJSON[] = [];
  for (const mark of marks) {
    if (mark.type === MARK.link) {
      const problem = linkProblem(mark.attrs?.href);
      if (problem) {
        counter.add(problem);
        continue;
      }
      kept.push({ type: MARK.link, attrs: { href: cleanUrl(String(mark.attrs?.href)) } });
    } else {
      kept.push({ type: mark.type });
    }
  }
  return kept.length ? kept : undefined;
}

/** Splits text at `{{name}}` tokens: known names become placeholder nodes. */
function expandPlaceholders(text: string, marks: MarkJSON[] | undefined, counter: ChangeCounter): NodeJSON[] {
  const out: NodeJSON[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_TOKEN_PATTERN)) {
    const name = match[1];
    if (!isPlaceholderName(name)) {
      counter.addUnknownPlaceholder(name);
      continue;
    }
    const index = match.index ?? 0;
    if (index > last) out.push(withMarks({ type: NODE.text, text: text.slice(last, index) }, marks));
    out.push(withMarks({ type: NODE.placeholder, attrs: { name } }, marks));
    last = index + match[0].length;
  }
  if (last < text.length) out.push(withMarks({ type: NODE.text, text: text.slice(last) }, marks));
  return out;
}

function cleanInlineNode(node: NodeJSON, counter: ChangeCounter): NodeJSON[] {
  const marks = cleanMarks(node.marks, counter);
  if (node.type === NODE.text) {
    const { text, count } = stripEmoji(node.text ?? "");
    counter.add("emoji", count);
    return expandPlaceholders(text.replace(COLLAPSIBLE_SPACE, " "), marks, counter);
  }
  if (node.type === NODE.placeholder) {
    const name = node.attrs?.name;
    if (isPlaceholderName(name)) return [withMarks({ type: NODE.placeholder, attrs: { name } }, marks)];
    // A chip with a name outside the catalogue: keep what the author wrote, as text, and report it.
    const token = `{{${String(name)}}}`;
    counter.addUnknownPlaceholder(String(name));
    return [withMarks({ type: NODE.text, text: token }, marks)];
  }
  if (node.type === NODE.hardBreak) return [{ type: NODE.hardBreak }];
  return [withMarks({ ...node }, marks)];
}

function isBlankText(node: NodeJSON | undefined): boolean {
  return node?.type === NODE.text && (node.text ?? "").replace(COLLAPSIBLE_SPACE, "") === "";
}

/**
 * Whitespace as ProseMirror's HTML parser leaves it: runs collapsed (already done per node), no
 * space at the start of a block or after a space or a line break, none at the end of a block or
 * before a line break.
 */
function trimWhitespace(nodes: NodeJSON[]): NodeJSON[] {
  const out: NodeJSON[] = [];
  for (const node of nodes) {
    if (node.type !== NODE.text) {
      if (node.type === NODE.hardBreak) trimEnd(out);
      out.push(node);
      continue;
    }
    let text = node.text ?? "";
    const before = out[out.length - 1];
    const afterSpace =
      !before || before.type === NODE.hardBreak || (before.type === NODE.text && /[ ]$/.test(before.text ?? ""));
    if (afterSpace) text = text.replace(/^ /, "");
    if (text) out.push({ ...node, text });
  }
  trimEnd(out);
  return out;
}

function trimEnd(nodes: NodeJSON[]): void {
  for (;;) {
    const last = nodes[nodes.length - 1];
    if (!last || last.type !== NODE.text) return;
    const text = (last.text ?? "").replace(/ $/, "");
    if (text === last.text) return;
    if (text) {
      nodes[nodes.length - 1] = { ...last, text };
      return;
    }
    nodes.pop();
  }
}

/** No break at the start or end of a block, and at most two in a row. */
function limitHardBreaks(nodes: NodeJSON[], counter: ChangeCounter): NodeJSON[] {
  const out: NodeJSON[] = [];
  let run = 0;
  for (const node of nodes) {
    if (node.type === NODE.hardBreak) {
      if (out.length === 0 || run >= MAX_CONSECUTIVE_HARD_BREAKS) {
        counter.add("extra-line-break");
        continue;
      }
      run++;
    } else {
      run = 0;
    }
    out.push(node);
  }
  // Breaks at the end of a block are where the author is still typing: dropped without a notice.
  while (out.length && out[out.length - 1].type === NODE.hardBreak) out.pop();
  return out;
}

function mergeText(nodes: NodeJSON[]): NodeJSON[] {
  const out: NodeJSON[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === NODE.text && last?.type === NODE.text && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: (last.text ?? "") + (node.text ?? "") };
    } else {
      out.push(node);
    }
  }
  return out;
}

function cleanInlineContent(content: NodeJSON[] | undefined, counter: ChangeCounter): NodeJSON[] {
  const cleaned = (content ?? []).flatMap((node) => cleanInlineNode(node, counter));
  // Trim once before limiting breaks (so " <br>" counts as a break next to a break) and once after
  // (removing a break can leave a space at the end of the block).
  let nodes = trimWhitespace(mergeText(cleaned));
  nodes = nodes.filter((node, i) => !(isBlankText(node) && nodes[i - 1]?.type === NODE.hardBreak && nodes[i + 1]?.type === NODE.hardBreak));
  nodes = limitHardBreaks(nodes, counter);
  return mergeText(trimWhitespace(nodes));
}

/** Visible content: some text that is not only whitespace, a placeholder, or an image. */
function hasContent(node: NodeJSON): boolean {
  if (node.type === NODE.text) return (node.text ?? "").trim().length > 0;
  if (node.type === NODE.placeholder || node.type === NODE.image) return true;
  return (node.content ?? []).some(hasContent);
}

// ---------------------------------------------------------------------------------------------
// Blocks

function cleanImage(node: NodeJSON, counter: ChangeCounter): NodeJSON[] {
  const attrs = node.attrs ?? {};
  const problem = imageProblem(attrs.src);
  if (problem) {
    counter.add(problem);
    return [];
  }
  const alt = typeof attrs.alt === "string" ? stripEmoji(attrs.alt) : { text: "", count: 0 };
  counter.add("emoji", alt.count);
  if (!isUsableAlt(alt.text)) {
    counter.add("image-without-alt");
    return [];
  }
  let width = attrs.width ?? MAX_IMAGE_WIDTH_PERCENT;
  if (!isAllowedImageWidth(width)) {
    counter.add("image-width");
    width =
      typeof width === "number" && Number.isFinite(width)
        ? Math.min(MAX_IMAGE_WIDTH_PERCENT, Math.max(1, Math.round(width)))
        : MAX_IMAGE_WIDTH_PERCENT;
  }
  const safe = toSafeImageAttributes({ src: attrs.src, alt: alt.text.replace(COLLAPSIBLE_SPACE, " "), width });
  return safe ? [{ type: NODE.image, attrs: { ...safe } }] : [];
}

function cleanTextblock(node: NodeJSON, counter: ChangeCounter): NodeJSON[] {
  const content = cleanInlineContent(node.content, counter);
  if (!content.some(hasContent)) {
    // An empty block is an Enter the author pressed: paragraphs are already a blank line apart in
    // the message, so dropping it loses nothing they wrote, and no notice names it.
    return [];
  }
  const out: NodeJSON = { type: node.type, content };
  if (node.type === NODE.heading) {
    const level = Number(node.attrs?.level);
    const clamped = Number.isInteger(level) && level >= 1 ? Math.min(level, MAX_HEADING_LEVEL) : 1;
    if (clamped !== level) counter.add("heading-level");
    out.attrs = { level: clamped };
  }
  return [out];
}

function cleanListItem(item: NodeJSON, depth: number, counter: ChangeCounter): NodeJSON[] {
  const blocks: NodeJSON[] = [];
  const lifted: NodeJSON[] = [];
  for (const child of item.content ?? []) {
    if (LIST_TYPES.has(child.type) && depth >= MAX_LIST_DEPTH) {
      // Too deep: its items become siblings of this item.
      counter.add("list-nesting");
      lifted.push(...cleanListItems(child.content, depth, counter));
    } else {
      blocks.push(...cleanBlock(child, depth, counter));
    }
  }
  // A list item starts with a paragraph (schema); keep items that still say something.
  if (blocks.length && blocks[0].type !== NODE.paragraph) {
    const first = blocks[0];
    if (first.type === NODE.heading) blocks[0] = { type: NODE.paragraph, content: first.content };
    else blocks.unshift({ type: NODE.paragraph });
  }
  const kept: NodeJSON[] = blocks.some(hasContent) ? [{ type: NODE.listItem, content: blocks }] : [];
  return [...kept, ...lifted];
}

function cleanListItems(items: NodeJSON[] | undefined, depth: number, counter: ChangeCounter): NodeJSON[] {
  return (items ?? []).flatMap((item) => cleanListItem(item, depth, counter));
}

function cleanList(node: NodeJSON, depth: number, counter: ChangeCounter): NodeJSON[] {
  const items = cleanListItems(node.content, depth + 1, counter);
  if (!items.length) return [];
  const out: NodeJSON = { type: node.type, content: items };
  if (node.type === NODE.orderedList) {
    const start = Number(node.attrs?.start ?? 1);
    out.attrs = { start: Number.isInteger(start) && start >= 0 ? start : 1, type: null };
  }
  return [out];
}

/** `depth` is the number of lists around this block. */
function cleanBlock(node: NodeJSON, depth: number, counter: ChangeCounter): NodeJSON[] {
  if (TEXTBLOCK_TYPES.has(node.type)) return cleanTextblock(node, counter);
  if (LIST_TYPES.has(node.type)) return cleanList(node, depth, counter);
  if (node.type === NODE.image) return cleanImage(node, counter);
  return [node];
}

export interface ContentRulesResult {
  doc: DocJSON;
  counter: ChangeCounter;
}

/**
 * Applies the content rules to a document that already passed the schema check. The result passes
 * it too (callers verify) and is a fixed point: applying the rules again changes nothing.
 */
export function applyContentRules(doc: DocJSON): ContentRulesResult {
  const counter = new ChangeCounter();
  const content = (doc.content ?? []).flatMap((block) => cleanBlock(block, 0, counter));
  return {
    doc: { type: "doc", content: content.length ? content : [{ type: NODE.paragraph }] },
    counter,
  };
}
