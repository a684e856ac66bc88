/**
 * "Use" on a translation-memory match: the stored translation goes into the working translation at
 * the place of the source unit it translates. Pure, so the workspace and the tests run the same code.
 */
import { NODE, type DocJSON, type NodeJSON } from "@/lib/editor/extensions";
import { blockSlots, type BlockSlot } from "@/lib/xliff/units";
import { plainText } from "@/lib/xliff/inline-codes";

export type ApplyPlacement = "replaced" | "inserted" | "filled" | "appended";

/** Stored translations of each source unit (plain text), by unit id: how a block of the translation is recognised. */
export type KnownTranslations = ReadonlyMap<string, readonly string[]>;

const TEXT_BLOCKS = new Set<string>([NODE.paragraph, NODE.heading]);

function hasAnyText(doc: DocJSON): boolean {
  return blockSlots(doc).some((slot) => slot.kind !== "image-alt" || String(slot.node.attrs?.alt ?? "").trim() !== "");
}

function shapeOf(doc: DocJSON): string {
  return blockSlots(doc)
    .map((slot) => `${slot.id}:${slot.kind}`)
    .join(" ");
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

/** Which source unit (its reading-order index) each top-level block of the translation translates, when its text is a known translation. */
function identifyBlocks(target: DocJSON, order: ReadonlyMap<string, number>, known: KnownTranslations): (number | null)[] {
  const byText = new Map<string, number>();
  for (const [unitId, texts] of known) {
    const index = order.get(unitId);
    if (index !== undefined) for (const text of texts) if (!byText.has(text)) byText.set(text, index);
  }
  return target.content.map((node) => (TEXT_BLOCKS.has(node.type) ? (byText.get(plainText(node.content ?? [])) ?? null) : null));
}

/**
 * Puts `content` (a stored translation of the source unit `unitId`) into `targetDoc`:
 * - the translation has the source's block structure: the block at the unit's place is replaced;
 * - otherwise (a translation still being filled, or one that went its own way) blocks are
 *   recognised by their text (a known translation of a unit): the unit's own block is replaced, or
 *   a new block goes after the recognised block of the unit before it (or before the one after it),
 *   so "Use" in any order builds the source's order. An empty translation gets the block alone;
 *   with nothing recognised, it goes at the end and the caller says so.
 */
export function applyMemoryTarget(input: { sourceDoc: DocJSON; targetDoc: DocJSON; unitId: string; content: NodeJSON[]; known?: KnownTranslations }): { doc: DocJSON; placement: ApplyPlacement } | null {
  const sourceSlots = blockSlots(input.sourceDoc);
  const sourceSlot = sourceSlots.find((slot) => slot.id === input.unitId);
  if (!sourceSlot) return null;
  const target = structuredClone(input.targetDoc);
  if (shapeOf(target) === shapeOf(input.sourceDoc)) {
    const existing = nodeAtUnit(target, input.unitId);
    if (existing) {
      setContent(existing, sourceSlot.kind, input.content);
      return { doc: target, placement: "replaced" };
    }
  }
  if (sourceSlot.kind === "image-alt") return null;
  const order = new Map(sourceSlots.map((slot, i) => [slot.id, i]));
  const mine = order.get(input.unitId)!;
  const identified = identifyBlocks(target, order, input.known ?? new Map());
  const own = identified.indexOf(mine);
  if (own >= 0) {
    target.content[own] = { ...target.content[own], content: structuredClone(input.content) };
    return { doc: target, placement: "replaced" };
  }
  // A heading stays a heading (its level too); a list item comes in as a paragraph of its own.
  const block: NodeJSON = TEXT_BLOCKS.has(sourceSlot.node.type)
    ? { type: sourceSlot.node.type, ...(sourceSlot.node.attrs ? { attrs: { ...sourceSlot.node.attrs } } : {}), content: structuredClone(input.content) }
    : { type: NODE.paragraph, content: structuredClone(input.content) };
  if (!hasAnyText(target)) return { doc: { ...target, content: [block] }, placement: "filled" };
  const before = identified.reduce<number>((last, index, i) => (index !== null && index < mine ? i : last), -1);
  const after = identified.findIndex((index) => index !== null && index > mine);
  const at = before >= 0 ? before + 1 : after >= 0 ? after : -1;
  if (at < 0) return { doc: { ...target, content: [...target.content, block] }, placement: "appended" };
  return { doc: { ...target, content: [...target.content.slice(0, at), block, ...target.content.slice(at)] }, placement: "inserted" };
}
