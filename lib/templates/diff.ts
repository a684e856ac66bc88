import { diffWordsWithSpace } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** A word-level diff of two texts, for side-by-side views (left shows removed, right shows added). */
export function diffTexts(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== "same");
}
