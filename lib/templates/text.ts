import type { DocJSON } from "@/lib/editor/extensions";
import { PLACEHOLDER_NAMES, placeholderToken, type PlaceholderName } from "@/lib/editor/placeholders";
import { renderPlainText } from "@/lib/editor/render-text";

const TOKENS = Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, placeholderToken(name)])) as Record<PlaceholderName, string>;

/** The plain text of a document with placeholders written as {{name}}: what diffs compare. */
export function textWithTokens(doc: DocJSON): string {
  return renderPlainText(doc, { values: TOKENS });
}

export function isEmptyDoc(doc: DocJSON): boolean {
  return textWithTokens(doc).trim() === "" && !JSON.stringify(doc).includes('"image"');
}

/** Subjects are one line: line breaks and runs of spaces become single spaces. */
export function cleanSubject(subject: string): string {
  return subject.replace(/\s+/g, " ").trim();
}
