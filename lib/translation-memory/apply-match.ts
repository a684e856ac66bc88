/**
 * "Use" on a translation-memory match: the stored translation goes into the working translation at
 * the place of the source unit it translates. Pure, so the workspace and the tests run the same code.
 */
import { NODE, type DocJSON, type NodeJSON } from "@/lib/editor/extensions";
import { blockSlots, type BlockSlot } from "@/lib/xliff/units";
import { plainText } from "@/lib/xliff/inline-codes";

export type ApplyPlacement = "replaced" | "filled" | "appended";

const TEXT_BLOCKS = new Set<string>([NODE.paragraph, NODE.heading]);

function hasAnyText(doc: DocJSON): boolean {
  return blockSlots(doc).some((slot) => slot.kind !== "image-alt" || String(slot.node.attrs?.alt ?? "").trim() !== "");
}

/** The node at a unit id's path (`b3`, `b3.li2`, `b3.li2.b1`), whatever its content. */
function nodeAtUnit(doc: DocJSON, unitId: string): NodeJSON | null {
  let container: NodeJSON[] | undefined = doc.content;
  let node: NodeJSON | null = null;
  for (const step of unitId.split(".")) {
    const match = /^(b|li)(\d+)$/.exec(step);
    const child: NodeJSON | undefined = match && container ? container[Number(match[2])] : undefined;
    if (!match || !child) return null;
    // A list item's id names its first block (schema: the item's paragraph comes first); the next
    // step counts the item's blocks.
    node = match[1] === "b" ? child : (child.content?.[0] ?? null);
    container = child.content;
  }
  return node;
}

function setContent(node: NodeJSON, kind: BlockSlot["kind"], content: NodeJSON[]): void {
  if (kind === "image-alt") node.attrs = { ...node.attrs, alt: plainText(content) };
  else node.content = structuredClone(content);
}

/** The source's structure with every text emptied: the frame an empty translation is filled into. */
function emptyFrame(sourceDoc: DocJSON): DocJSON {
  const frame = structuredClone(sourceDoc);
  for (const slot of blockSlots(frame)) {
    if (slot.kind === "image-alt") slot.node.attrs = { ...slot.node.attrs, alt: "" };
    else slot.node.content = [];
  }
  return frame;
}

/**
 * Puts `content` (a stored translation of the source unit `unitId`) into `targetDoc`:
 * - the translation has a block of the same kind at the same place: its content is replaced;
 * - the translation is still empty: it takes the source's block structure with empty blocks, and
 *   this one is filled (the translator fills the others the same way, or types into them);
 * - otherwise (a translation whose structure went its own way): a new paragraph at the end, and the
 *   caller says so, rather than overwrite a block that may translate something else.
 */
export function applyMemoryTarget(input: { sourceDoc: DocJSON; targetDoc: DocJSON; unitId: string; content: NodeJSON[] }): { doc: DocJSON; placement: ApplyPlacement } | null {
  const sourceSlot = blockSlots(input.sourceDoc).find((slot) => slot.id === input.unitId);
  if (!sourceSlot) return null;
  const target = structuredClone(input.targetDoc);
  const existing = nodeAtUnit(target, input.unitId);
  if (existing && existing.type === sourceSlot.node.type && (sourceSlot.kind === "image-alt" || TEXT_BLOCKS.has(existing.type))) {
    setContent(existing, sourceSlot.kind, input.content);
    return { doc: target, placement: "replaced" };
  }
  if (!hasAnyText(target)) {
    const frame = emptyFrame(input.sourceDoc);
    const slot = nodeAtUnit(frame, input.unitId);
    if (slot) {
      setContent(slot, sourceSlot.kind, input.content);
      return { doc: frame, placement: "filled" };
    }
  }
  if (sourceSlot.kind === "image-alt") return null;
  target.content = [...target.content, { type: NODE.paragraph, content: structuredClone(input.content) }];
  return { doc: target, placement: "appended" };
}
