/**
 * Chromium's parser never builds a DOM deeper than 512 elements: once 512 elements are open, a new
 * node (other than text) is attached to the current node's parent instead (Blink's
 * HTMLConstructionSite::AttachLater, kMaximumHTMLParserDOMTreeDepth). jsdom has no such limit, and
 * each insertion walks all ancestors, recursively: 5,000 nested `<div>`s overflowed the stack
 * after seconds, 50,000 (300 KB) after 34 s. So deep input is flattened as Chromium flattens it
 * before jsdom sees it: the same document as on paste, no overflow, and the ancestor walks bounded
 * by the cap. Server-only (parse5, the parser inside jsdom).
 */
import { parse, serialize, type DefaultTreeAdapterTypes as Parse5 } from "parse5";

/** Depth (html = 1) of the deepest element Chromium attaches where the markup puts it. */
export const MAX_PARSER_DEPTH = 512;

/**
 * Inputs with fewer start tags than the limit are not checked (the check costs a parse): elements
 * come from start tags, apart from the few the parser implies (html, body, tbody…) and formatting
 * elements it reopens, which only contrived markup nests 500 deep.
 */
const START_TAG = /<[a-z]/gi;

function isParent(node: Parse5.ChildNode): node is Parse5.Element {
  return "childNodes" in node;
}

/** The deepest element's depth, html = 1; iterative, since the input is what may be deep. */
function maxDepth(document: Parse5.Document): number {
  let deepest = 0;
  const work: [Parse5.ParentNode, number][] = [[document, 0]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const child of node.childNodes) if (isParent(child)) work.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Re-parents, under each element at the limit, every node below it as Chromium would have attached
 * it: non-text nodes one level below the limit or deeper become children of the element at the
 * limit, in the order they were created (document order); text stays where it is.
 */
function flattenBelow(limitElement: Parse5.Element): void {
  const created: Parse5.ChildNode[] = [];
  // Pre-order over the subtree with a work stack: its depth is the input's, not bounded.
  const work: Parse5.ChildNode[] = [...limitElement.childNodes].reverse();
  for (let node = work.pop(); node; node = work.pop()) {
    created.push(node);
    if (!isParent(node)) continue;
    const descendants = node.childNodes;
    node.childNodes = descendants.filter((child) => child.nodeName === "#text");
    for (let i = descendants.length - 1; i >= 0; i--) if (descendants[i].nodeName !== "#text") work.push(descendants[i]);
  }
  limitElement.childNodes = created.filter((node) => node.nodeName !== "#text" || node.parentNode === limitElement);
  for (const child of limitElement.childNodes) child.parentNode = limitElement;
}

function elementsAt(document: Parse5.Document, depth: number): Parse5.Element[] {
  const found: Parse5.Element[] = [];
  const work: [Parse5.ParentNode, number][] = [[document, 0]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [node, at] = next;
    for (const child of node.childNodes) {
      if (!isParent(child)) continue;
      if (at + 1 === depth) found.push(child);
      else work.push([child, at + 1]);
    }
  }
  return found;
}

/** `html`, or when it nests deeper than Chromium builds, the markup of the tree Chromium builds. */
export function capNestingDepth(html: string): string {
  if ((html.match(START_TAG)?.length ?? 0) <= MAX_PARSER_DEPTH - 4) return html;
  const tree = parse(html, { scriptingEnabled: false });
  if (maxDepth(tree) <= MAX_PARSER_DEPTH + 1) return html;
  for (const element of elementsAt(tree, MAX_PARSER_DEPTH)) flattenBelow(element);
  return serialize(tree);
}
