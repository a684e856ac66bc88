/**
 * What normalisation removed or changed, as i18n keys (namespace `editor`) with counts, so the
 * server's response, the CLI and the editor's live notice all speak the same language.
 */

export const CHANGE_KINDS = [
  // First: losing text the author saw matters more than any formatting.
  "text-removed",
  "colour-override",
  "font-override",
  "alignment",
  "style",
  "emoji",
  "insecure-image",
  "data-image",
  "gif",
  "image-without-alt",
  "image-width",
  "insecure-link",
  "disallowed-link",
  "extra-line-break",
  "disallowed-element",
  "hidden-content",
  "heading-level",
  "list-nesting",
  "unknown-placeholder",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface NormalizeChange {
  kind: ChangeKind;
  /** How many times it happened; the message is pluralised on it (i18next `count`). */
  count: number;
  /** i18n key in the `editor` namespace, e.g. "changes.colour-override". */
  messageKey: `changes.${ChangeKind}`;
  /**
   * Interpolation values besides `count`, e.g. `{ elements: "table, u" }`; for "text-removed",
   * `text` (the missing text, shortened) and `elements` (where it was). `count` is then characters.
   */
  params?: Record<string, string>;
}

export function changeMessageKey(kind: ChangeKind): `changes.${ChangeKind}` {
  return `changes.${kind}`;
}

/** Collects counts per kind (and element names for disallowed elements) while walking input. */
export class ChangeCounter {
  private readonly counts = new Map<ChangeKind, number>();
  private readonly elements = new Set<string>();
  private readonly hiddenElements = new Set<string>();
  private readonly placeholders = new Set<string>();
  private removedText: { text: string; elements: string } | undefined;

  add(kind: ChangeKind, count = 1): void {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  addElement(tagName: string): void {
    this.elements.add(tagName.toLowerCase());
    this.add("disallowed-element");
  }

  /** An element removed with its content, which a browser does not show (script, template, iframe…). */
  addHiddenElement(tagName: string): void {
    this.hiddenElements.add(tagName.toLowerCase());
    this.add("hidden-content");
  }

  /** Visible text the document lacks: `count` characters, an excerpt, the elements it was in. */
  addTextRemoved(count: number, text: string, elements: string[]): void {
    if (count <= 0) return;
    this.removedText = { text, elements: [...new Set(elements.map((e) => e.toLowerCase()))].sort().join(", ") };
    this.counts.set("text-removed", count);
  }

  addUnknownPlaceholder(name: string): void {
    this.placeholders.add(name);
    this.add("unknown-placeholder");
  }

  merge(other: ChangeCounter): void {
    for (const [kind, count] of other.counts) this.add(kind, count);
    for (const element of other.elements) this.elements.add(element);
    for (const element of other.hiddenElements) this.hiddenElements.add(element);
    for (const name of other.placeholders) this.placeholders.add(name);
    this.removedText ??= other.removedText;
  }

  get unknownPlaceholders(): string[] {
    return [...this.placeholders].sort();
  }

  /** Changes in the fixed order of CHANGE_KINDS, so output is deterministic. */
  toChanges(): NormalizeChange[] {
    return CHANGE_KINDS.filter((kind) => this.counts.has(kind)).map((kind) => {
      const change: NormalizeChange = { kind, count: this.counts.get(kind) ?? 0, messageKey: changeMessageKey(kind) };
      if (kind === "disallowed-element") change.params = { elements: [...this.elements].sort().join(", ") };
      if (kind === "hidden-content") change.params = { elements: [...this.hiddenElements].sort().join(", ") };
      if (kind === "unknown-placeholder") change.params = { names: this.unknownPlaceholders.join(", ") };
      if (kind === "text-removed" && this.removedText) change.params = { ...this.removedText };
      return change;
    });
  }
}
