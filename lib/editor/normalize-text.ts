import { applyContentRules } from "./content-rules";
import { NODE, type DocJSON, type NodeJSON } from "./extensions";
import type { NormalizeResult } from "./normalize-result";

/**
 * Plain text (a .txt template) → document: blank lines separate paragraphs, single newlines become
 * line breaks, `{{name}}` becomes a placeholder. The content rules then apply as for any input.
 */
export function normalizeText(text: string): NormalizeResult {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const content: NodeJSON[] = paragraphs.map((block) => ({
    type: NODE.paragraph,
    content: block.split("\n").flatMap((line, i): NodeJSON[] => {
      const parts: NodeJSON[] = i > 0 ? [{ type: NODE.hardBreak }] : [];
      return line ? [...parts, { type: NODE.text, text: line }] : parts;
    }),
  }));
  const input: DocJSON = { type: "doc", content };
  const { doc, counter } = applyContentRules(input);
  return { doc, changes: counter.toChanges(), unknownPlaceholders: counter.unknownPlaceholders };
}
