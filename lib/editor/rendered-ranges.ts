/**
 * Where each element of the email HTML (render-html.ts) comes from in the document, as ProseMirror
 * positions: the preview's accessibility report names an element of the rendered message, and the
 * editor selects what produced it. Mirrors the renderer's structure (one h1/h2/li/img per node;
 * an <a> each time a link mark opens), so the n-th element of a tag here is the n-th in the HTML.
 */
import { MARK, NODE, type DocJSON, type MarkJSON, type NodeJSON } from "./extensions";

export type RenderedTag = "h1" | "h2" | "li" | "img" | "a";

export interface RenderedRange {
  tag: RenderedTag;
  from: number;
  to: number;
}

function nodeSize(node: NodeJSON): number {
  if (node.type === NODE.text) return (node.text ?? "").length;
  if (!node.content && node.type !== NODE.paragraph && node.type !== NODE.heading) return 1;
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0);
}

function sameMark(a: MarkJSON, b: MarkJSON): boolean {
  return a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

/** Link elements of one block's inline content, opened and closed exactly as the renderer does. */
function linkRanges(nodes: NodeJSON[], start: number, out: RenderedRange[]): void {
  let pos = start;
  const open: MarkJSON[] = [];
  let link: RenderedRange | null = null;
  for (const node of nodes) {
    const marks = node.marks ?? [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark(open[keep], marks[keep])) keep++;
    while (open.length > keep) {
      if (open.pop()?.type === MARK.link) link = null;
    }
    for (const mark of marks.slice(keep)) {
      open.push(mark);
      if (mark.type === MARK.link) {
        link = { tag: "a", from: pos, to: pos };
        out.push(link);
      }
    }
    pos += nodeSize(node);
    if (link) link.to = pos;
  }
}

function walkBlocks(blocks: NodeJSON[], start: number, out: RenderedRange[]): void {
  let pos = start;
  for (const block of blocks) {
    const size = nodeSize(block);
    const inner = pos + 1;
    if (block.type === NODE.heading) out.push({ tag: block.attrs?.level === 2 ? "h2" : "h1", from: inner, to: pos + size - 1 });
    if (block.type === NODE.image) out.push({ tag: "img", from: pos, to: pos + 1 });
    if (block.type === NODE.paragraph || block.type === NODE.heading) linkRanges(block.content ?? [], inner, out);
    if (block.type === NODE.bulletList || block.type === NODE.orderedList) {
      let itemPos = inner;
      for (const item of block.content ?? []) {
        const itemSize = nodeSize(item);
        out.push({ tag: "li", from: itemPos + 1, to: itemPos + itemSize - 1 });
        walkBlocks(item.content ?? [], itemPos + 1, out);
        itemPos += itemSize;
      }
    }
    pos += size;
  }
}

export function renderedRanges(doc: DocJSON): RenderedRange[] {
  const out: RenderedRange[] = [];
  walkBlocks(doc.content ?? [], 0, out);
  // Document order of opening tags, as in the HTML.
  return out.sort((a, b) => a.from - b.from || (a.tag === "li" ? -1 : 1));
}

/** The range of the `ordinal`-th (0-based) rendered element with this tag, if it maps to the document. */
export function rangeOfRenderedElement(doc: DocJSON, tag: string, ordinal: number): { from: number; to: number } | null {
  const match = renderedRanges(doc).filter((r) => r.tag === tag)[ordinal];
  return match ? { from: match.from, to: match.to } : null;
}
