/**
 * The one document schema Permitted knows, as a Tiptap extension list without React, imported by
 * the browser editor and by the server (normaliser, renderers) alike.
 */
import { getSchema, type AnyExtension } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import type { Schema } from "@tiptap/pm/model";
import { LimitedHeading } from "./extensions/heading";
import { SafeImage } from "./extensions/image";
import { SafeLink } from "./extensions/link";
import { PlaceholderNode } from "./extensions/placeholder";

export interface EditorExtensionOptions {
  /**
   * Extra behaviour-only extensions (plugins, keymaps) the browser editor adds, e.g. the content
   * guard. They must not add nodes or marks: the schema stays the one below.
   */
  behaviour?: AnyExtension[];
}

export function createEditorExtensions(options: EditorExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      // Outside the schema: Amazon's guidelines or our email renderer have no place for these.
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // Replaced by narrowed versions below.
      heading: false,
      link: false,
      // An automatic empty last paragraph would be an empty line the normaliser removes again.
      trailingNode: false,
    }),
    LimitedHeading,
    SafeLink,
    SafeImage,
    PlaceholderNode,
    ...(options.behaviour ?? []),
  ];
}

/** The ProseMirror schema every stored document must satisfy. */
export const editorSchema: Schema = getSchema(createEditorExtensions());

export interface MarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface NodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJSON[];
  marks?: MarkJSON[];
  text?: string;
}

/** A document as stored: ProseMirror JSON whose root is `doc`. */
export interface DocJSON extends NodeJSON {
  type: "doc";
  content: NodeJSON[];
}

/** Node and mark names of the schema, for code that walks JSON. */
export const NODE = {
  doc: "doc",
  paragraph: "paragraph",
  text: "text",
  heading: "heading",
  bulletList: "bulletList",
  orderedList: "orderedList",
  listItem: "listItem",
  hardBreak: "hardBreak",
  image: "image",
  placeholder: "placeholder",
} as const;

export const MARK = { bold: "bold", italic: "italic", link: "link" } as const;

export function emptyDoc(): DocJSON {
  return { type: "doc", content: [{ type: NODE.paragraph }] };
}
