/**
 * Where the translatable units of a variant are: the subject, and every block of the body that
 * holds text (paragraph, heading, the paragraphs of list items) or an image's alt text. A unit id
 * is the block's position in the document, so export and import derive the same ids from the same
 * source document without storing anything:
 *
 *   subject          the subject line
 *   b3               the 4th top-level block
 *   b3.li2           the first paragraph of the 3rd item of the list at b3
 *   b3.li2.b1        the 2nd block inside that item (a paragraph, an image, or a nested list)
 *   b3.li2.b1.li0    the first item of that nested list
 *
 * Blocks without content get no unit (the normaliser removes empty blocks anyway).
 */
import { NODE, type DocJSON, type NodeJSON } from "@/lib/editor/extensions";
import { encodeInline, encodePlain, subjectNodes, type EncodedUnit } from "./inline-codes";

export const SUBJECT_UNIT_ID = "subject";

export type UnitKind = "subject" | "heading" | "paragraph" | "list-item" | "image-alt";

export interface BlockSlot {
  id: string;
  kind: Exclude<UnitKind, "subject">;
  /** The node itself (mutable when the document is a working copy). */
  node: NodeJSON;
}

const LIST_TYPES = new Set<string>([NODE.bulletList, NODE.orderedList]);

function hasText(node: NodeJSON): boolean {
  return (node.content ?? []).some(
    (child) => child.type === NODE.placeholder || (child.type === NODE.text && (child.text ?? "").trim() !== ""),
  );
}

function visitBlock(node: NodeJSON, id: string, inListItem: boolean, visit: (slot: BlockSlot) => void): void {
  if (node.type === NODE.paragraph || node.type === NODE.heading) {
    if (!hasText(node)) return;
    const kind = node.type === NODE.heading ? "heading" : inListItem ? "list-item" : "paragraph";
    visit({ id, kind, node });
  } else if (node.type === NODE.image) {
    visit({ id, kind: "image-alt", node });
  } else if (LIST_TYPES.has(node.type)) {
    (node.content ?? []).forEach((item, j) => {
      const itemId = `${id}.li${j}`;
      // The first child of a list item is its paragraph (schema): it takes the item's id.
      (item.content ?? []).forEach((child, k) => visitBlock(child, k === 0 ? itemId : `${itemId}.b${k}`, true, visit));
    });
  }
}

/** Every block unit of a document, in reading order. */
export function blockSlots(doc: DocJSON): BlockSlot[] {
  const slots: BlockSlot[] = [];
  doc.content.forEach((node, i) => visitBlock(node, `b${i}`, false, (slot) => slots.push(slot)));
  return slots;
}

/** A unit as exported: its id, what kind of text it is, and its encoded content. */
export interface EncodedSlot {
  id: string;
  kind: UnitKind;
  encoded: EncodedUnit;
}

function encodeBlock(slot: BlockSlot): EncodedUnit {
  if (slot.kind === "image-alt") return encodePlain(String(slot.node.attrs?.alt ?? ""));
  return encodeInline(slot.node.content ?? []);
}

/** Every unit of a variant in reading order: the subject (when it has text), then the body's blocks. */
export function encodedUnits(subject: string, doc: DocJSON): EncodedSlot[] {
  const units: EncodedSlot[] = [];
  if (subject.trim()) units.push({ id: SUBJECT_UNIT_ID, kind: "subject", encoded: encodeInline(subjectNodes(subject)) });
  for (const slot of blockSlots(doc)) units.push({ id: slot.id, kind: slot.kind, encoded: encodeBlock(slot) });
  return units;
}
