/**
 * Counts, on a live ProseMirror document, what the content rules forbid and the schema alone cannot
 * prevent (emoji, a third line break in a row, lists nested too deep, images without https source
 * or alt text, links that are not https). The editor's guard refuses a change that makes any of
 * these counts grow. Same rules as content-rules.ts, which repairs stored JSON.
 */
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { ChangeKind } from "./changes";
import { MAX_CONSECUTIVE_HARD_BREAKS, MAX_LIST_DEPTH } from "./content-rules";
import { countEmoji } from "./emoji";
import { MARK, NODE } from "./extensions";
import { imageProblem, isAllowedImageWidth, isUsableAlt, linkProblem } from "./url-rules";

export type ViolationKind = Extract<
  ChangeKind,
  "emoji" | "extra-line-break" | "list-nesting" | "insecure-image" | "data-image" | "gif" | "image-without-alt" | "image-width" | "insecure-link" | "disallowed-link"
>;

export type Violations = Partial<Record<ViolationKind, number>>;

const LIST_TYPES = new Set<string>([NODE.bulletList, NODE.orderedList]);

export function countViolations(doc: ProseMirrorNode): Violations {
  const counts: Violations = {};
  const add = (kind: ViolationKind, n = 1) => {
    if (n > 0) counts[kind] = (counts[kind] ?? 0) + n;
  };
  const visit = (node: ProseMirrorNode, listDepth: number) => {
    if (node.isText) {
      add("emoji", countEmoji(node.text ?? ""));
      for (const mark of node.marks) {
        if (mark.type.name === MARK.link) {
          const problem = linkProblem(mark.attrs.href);
          if (problem) add(problem);
        }
      }
      return;
    }
    if (node.type.name === NODE.image) {
      const problem = imageProblem(node.attrs.src);
      if (problem) add(problem);
      else if (!isUsableAlt(node.attrs.alt)) add("image-without-alt");
      else if (!isAllowedImageWidth(node.attrs.width)) add("image-width");
      if (typeof node.attrs.alt === "string") add("emoji", countEmoji(node.attrs.alt));
      return;
    }
    const depth = LIST_TYPES.has(node.type.name) ? listDepth + 1 : listDepth;
    if (depth > MAX_LIST_DEPTH && LIST_TYPES.has(node.type.name)) add("list-nesting");
    if (node.isTextblock) {
      let run = 0;
      node.forEach((child) => {
        run = child.type.name === NODE.hardBreak ? run + 1 : 0;
        if (run > MAX_CONSECUTIVE_HARD_BREAKS) add("extra-line-break");
      });
    }
    node.forEach((child) => visit(child, depth));
  };
  visit(doc, 0);
  return counts;
}

/** Kinds whose count is higher in `after` than in `before`, with the increase. */
export function increasedViolations(before: Violations, after: Violations): Violations {
  const increased: Violations = {};
  for (const [kind, count] of Object.entries(after) as [ViolationKind, number][]) {
    const growth = count - (before[kind] ?? 0);
    if (growth > 0) increased[kind] = growth;
  }
  return increased;
}
