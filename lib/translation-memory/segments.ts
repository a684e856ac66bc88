/**
 * Translation-memory segments: a unit of a source variant (its subject, or one block of its body,
 * as the XLIFF units define them) paired with the same unit of a translation. Pure: the server
 * stores what this returns, and the workspace shows matches for the units it lists.
 */
import { NODE, type DocJSON, type NodeJSON } from "@/lib/editor/extensions";
import { plainText, subjectNodes } from "@/lib/xliff/inline-codes";
import { blockSlots, SUBJECT_UNIT_ID, type UnitKind } from "@/lib/xliff/units";

export interface MemoryUnit {
  /** The unit's id (`subject`, `b0`, `b3.li1`): the same in a source and a translation of the same structure. */
  id: string;
  kind: UnitKind;
  /** Inline content as stored in the document (an image's alt text as one text node). */
  nodes: NodeJSON[];
  /** Text with `{{name}}` tokens, whitespace collapsed: what matching compares. */
  text: string;
}

export interface MemorySegment {
  sourceLocale: string;
  targetLocale: string;
  sourceText: string;
  targetText: string;
  sourceContent: NodeJSON[];
  targetContent: NodeJSON[];
}

export interface VariantContent {
  locale: string;
  subject: string;
  doc: DocJSON;
}

/** Inline content without what does not belong in a memory (empty text nodes, unknown attributes). */
function cleanInline(nodes: readonly NodeJSON[]): NodeJSON[] {
  return nodes.flatMap((node): NodeJSON[] => {
    if (node.type === NODE.text) {
      if (!node.text) return [];
      return [node.marks?.length ? { type: NODE.text, text: node.text, marks: node.marks } : { type: NODE.text, text: node.text }];
    }
    if (node.type === NODE.placeholder) return [{ type: NODE.placeholder, attrs: { name: String(node.attrs?.name) } }];
    if (node.type === NODE.hardBreak) return [{ type: NODE.hardBreak }];
    return [];
  });
}

/** Every unit of a variant with text, in reading order: the subject, then the body's blocks. */
export function memoryUnits(subject: string, doc: DocJSON): MemoryUnit[] {
  const units: MemoryUnit[] = [];
  if (subject.trim()) {
    const nodes = subjectNodes(subject);
    units.push({ id: SUBJECT_UNIT_ID, kind: "subject", nodes, text: plainText(nodes) });
  }
  for (const slot of blockSlots(doc)) {
    const nodes =
      slot.kind === "image-alt" ? [{ type: NODE.text, text: String(slot.node.attrs?.alt ?? "") }] : cleanInline(slot.node.content ?? []);
    const text = plainText(nodes);
    if (text) units.push({ id: slot.id, kind: slot.kind, nodes, text });
  }
  return units;
}

/** The body's shape as unit ids and kinds: two variants pair block by block only when it is the same. */
function bodyShape(units: readonly MemoryUnit[]): string {
  return units
    .filter((unit) => unit.id !== SUBJECT_UNIT_ID)
    .map((unit) => `${unit.id}:${unit.kind}`)
    .join(" ");
}

/**
 * The segments a translation contributes: its subject with the source's subject, and its blocks
 * with the source's when both bodies have the same block structure. A translation that merged or
 * split paragraphs pairs only its subject: pairing block n with block n there would teach the memory
 * wrong translations.
 */
export function alignedSegments(source: VariantContent, target: VariantContent): MemorySegment[] {
  const sourceUnits = memoryUnits(source.subject, source.doc);
  const targetUnits = memoryUnits(target.subject, target.doc);
  const targetById = new Map(targetUnits.map((unit) => [unit.id, unit]));
  const sameShape = bodyShape(sourceUnits) === bodyShape(targetUnits);
  const segments: MemorySegment[] = [];
  for (const unit of sourceUnits) {
    if (unit.id !== SUBJECT_UNIT_ID && !sameShape) continue;
    const translated = targetById.get(unit.id);
    if (!translated || translated.kind !== unit.kind) continue;
    // A unit left as the source says it (a name, a lone placeholder, or text not yet translated) teaches nothing.
    if (translated.text === unit.text) continue;
    segments.push({
      sourceLocale: source.locale,
      targetLocale: target.locale,
      sourceText: unit.text,
      targetText: translated.text,
      sourceContent: unit.nodes,
      targetContent: translated.nodes,
    });
  }
  return segments;
}
