import Heading from "@tiptap/extension-heading";

/** Two heading levels: with body text that makes three font sizes, Amazon's limit. */
export const HEADING_LEVELS = [1, 2] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
export const MAX_HEADING_LEVEL: HeadingLevel = 2;

/**
 * Tiptap's Heading limited to levels 1–2; pasted h3–h6 become level 2 instead of losing their
 * heading role (the normaliser reports that as a "heading-level" change).
 */
export const LimitedHeading = Heading.extend({
  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((level) => ({
      tag: `h${level}`,
      attrs: { level: Math.min(level, MAX_HEADING_LEVEL) },
    }));
  },
}).configure({ levels: [...HEADING_LEVELS] });
