/**
 * Maps positions between two versions of a document: the one the editor shows (as the author
 * typed it, with the empty paragraph they just opened or the two spaces they typed) and the one
 * that is stored (normalised). Findings and rendered elements are located in the stored document;
 * underlines and selections are drawn in the shown one.
 *
 * A ProseMirror position is an index into the document's token sequence (one token per character,
 * per leaf node, and per opening and closing of every other node), so aligning the two token
 * sequences with a diff maps every position exactly where the documents agree, and a position
 * inside a part that differs to the start of what replaced it.
 */
import { diffArrays } from "diff";
import type { Mark, Node as ProseMirrorNode } from "@tiptap/pm/model";

/**
 * `assoc` decides where a position lands when text was inserted right at it: -1 before the
 * insertion (the end of a range), 1 after it (the start of a range), as in ProseMirror's mapping.
 */
export type PositionMap = (position: number, assoc?: -1 | 1) => number;

/** Above this many tokens of difference the alignment gives up on detail (an unrelated document). */
const MAX_EDIT_LENGTH = 2_000;

function markKey(marks: readonly Mark[]): string {
  return marks.length ? marks.map((mark) => `${mark.type.name}${JSON.stringify(mark.attrs)}`).join("+") : "";
}

function tokensOf(node: ProseMirrorNode): string[] {
  const tokens: string[] = [];
  const visit = (parent: ProseMirrorNode) => {
    parent.forEach((child) => {
      if (child.isText) {
        const prefix = `t${markKey(child.marks)}|`;
        // Positions count UTF-16 code units, so a character outside the BMP is two tokens.
        const text = child.text ?? "";
        for (let i = 0; i < text.length; i++) tokens.push(prefix + text[i]);
      } else if (child.isLeaf) {
        tokens.push(`l${child.type.name}${JSON.stringify(child.attrs)}${markKey(child.marks)}`);
      } else {
        tokens.push(`o${child.type.name}${JSON.stringify(child.attrs)}`);
        visit(child);
        tokens.push(`c${child.type.name}`);
      }
    });
  };
  visit(node);
  return tokens;
}

/** Pairs of positions (from, to) where an equal run begins; between anchors positions advance together. */
interface Anchor {
  from: number;
  to: number;
  /** Length of the equal run starting here (0 for a replaced part). */
  length: number;
}

function commonPrefix(a: string[], b: string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string[], b: string[], prefix: number): number {
  let i = 0;
  while (i < a.length - prefix && i < b.length - prefix && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

function anchorsBetween(a: string[], b: string[]): Anchor[] {
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  const anchors: Anchor[] = [{ from: 0, to: 0, length: prefix }];
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  let from = prefix;
  let to = prefix;
  if (middleA.length && middleB.length) {
    const parts = diffArrays(middleA, middleB, { maxEditLength: MAX_EDIT_LENGTH });
    if (parts) {
      for (const part of parts) {
        if (part.added) to += part.count;
        else if (part.removed) from += part.count;
        else {
          anchors.push({ from, to, length: part.count });
          from += part.count;
          to += part.count;
        }
      }
    }
  }
  anchors.push({ from: a.length - suffix, to: b.length - suffix, length: suffix });
  return anchors;
}

/**
 * A function taking a position in `from` to the corresponding position in `to`. Identical
 * documents map every position to itself.
 */
export function positionMap(from: ProseMirrorNode, to: ProseMirrorNode): PositionMap {
  if (from === to || from.eq(to)) return (position) => position;
  const anchors = anchorsBetween(tokensOf(from), tokensOf(to));
  const size = to.content.size;
  return (position, assoc = 1) => {
    let mapped = 0;
    for (const anchor of anchors) {
      if (position < anchor.from) break;
      // Inside (or at either end of) an equal run: exact. Past it, inside a replaced part: the
      // start of the replacement, which is where the run ended.
      mapped = anchor.to + Math.min(position - anchor.from, anchor.length);
      if (assoc < 0 && position <= anchor.from + anchor.length) break;
    }
    return Math.max(0, Math.min(size, mapped));
  };
}
