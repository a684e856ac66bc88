/**
 * What a thread can be anchored to: a unit of the source (its subject, a paragraph, a list item),
 * named by the XLIFF unit id the translation memory also uses, so an anchor means the same block in
 * the source and in every translation of the same structure.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { memoryUnits } from "@/lib/translation-memory/segments";
import { THREAD_LIMITS } from "./model";

export interface SourceAnchor {
  id: string;
  /** The unit's text with `{{name}}` tokens, shortened for a label. */
  text: string;
}

export function shortenAnchorText(text: string, length: number = THREAD_LIMITS.anchorTextLength): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export function sourceAnchors(subject: string, doc: DocJSON): SourceAnchor[] {
  return memoryUnits(subject, doc).map((unit) => ({ id: unit.id, text: shortenAnchorText(unit.text) }));
}
