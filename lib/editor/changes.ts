/**
 * What normalisation removed or changed, as i18n keys (namespace `editor`) with counts, so the
 * server's response, the CLI and the editor's live notice all speak the same language.
 */

export const CHANGE_KINDS = [
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
  /** Interpolation values besides `count`, e.g. `{ elements: "table, u" }`. */
  params?: Record<string, string>;
}

export function changeMessageKey(kind: ChangeKind): `changes.${ChangeKind}` {
  return `changes.${kind}`;
}

/** Collects counts per kind (and element names for disallowed elements) while walking input. */
export class ChangeCounter {
  private readonly counts = new Map<ChangeKind, number>();
  private readonly elements = new Set<string>();
  private readonly placeholders = new Set<string>();

  add(kind: ChangeKind, count = 1): void {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  addElement(tagName: string): void {
    this.elements.add(tagName.toLowerCase());
    this.add("disallowed-element");
  }

  addUnknownPlaceholder(name: string): void {
    this.placeholders.add(name);
    this.add("unknown-placeholder");
  }

  merge(other: ChangeCounter): void {
    for (const [kind, count] of other.counts) this.add(kind, count);
    for (const element of other.elements) this.elements.add(element);
    for (const name of other.placeholders) this.placeholders.add(name);
  }

  get unknownPlaceholders(): string[] {
    return [...this.placeholders].sort();
  }

  /** Changes in the fixed order of CHANGE_KINDS, so output is deterministic. */
  toChanges(): NormalizeChange[] {
    return CHANGE_KINDS.filter((kind) => this.counts.has(kind)).map((kind) => {
      const change: NormalizeChange = { kind, count: this.counts.get(kind) ?? 0, messageKey: changeMessageKey(kind) };
      if (kind === "disallowed-element") change.params = { elements: [...this.elements].sort().join(", ") };
      if (kind === "unknown-placeholder") change.params = { names: this.unknownPlaceholders.join(", ") };
      return change;
    });
  }
}
