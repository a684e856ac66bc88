import { InputRule, Node, PasteRule } from "@tiptap/core";
import { isPlaceholderName, placeholderToken, type PlaceholderName } from "../placeholders";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    placeholder: {
      /** Inserts a placeholder chip; refuses names outside the catalogue. */
      insertPlaceholder: (name: PlaceholderName) => ReturnType;
    };
  }
}

export const PLACEHOLDER_ATTRIBUTE = "data-placeholder";

/**
 * An inline atom standing for a value filled in at send time. Stored as `{ type: "placeholder",
 * attrs: { name } }`, written in HTML as `<span data-placeholder="order_id">{{order_id}}</span>`
 * so that the HTML parses back to the same node and reads sensibly as text.
 */
export const PlaceholderNode = Node.create({
  name: "placeholder",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      name: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute(PLACEHOLDER_ATTRIBUTE),
        renderHTML: (attributes: Record<string, unknown>) => ({ [PLACEHOLDER_ATTRIBUTE]: attributes.name }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: `span[${PLACEHOLDER_ATTRIBUTE}]`,
        // Unknown names are not turned into chips: the span's text `{{name}}` stays text and the
        // normaliser reports it.
        getAttrs: (element: HTMLElement) => (isPlaceholderName(element.getAttribute(PLACEHOLDER_ATTRIBUTE)) ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ["span", HTMLAttributes, placeholderToken(String(node.attrs.name))];
  },

  renderText({ node }) {
    return placeholderToken(String(node.attrs.name));
  },

  // `{{order_id}}` typed or pasted as text becomes a chip; unknown names stay text (the normaliser reports them).
  addInputRules() {
    return [
      new InputRule({
        find: /\{\{\s*([a-z_]+)\s*\}\}$/,
        handler: ({ state, range, match }) => {
          if (!isPlaceholderName(match[1])) return null;
          state.tr.replaceWith(range.from, range.to, this.type.create({ name: match[1] }));
        },
      }),
    ];
  },

  addPasteRules() {
    return [
      new PasteRule({
        find: /\{\{\s*([a-z_]+)\s*\}\}/g,
        // No `return null` for unknown names: Tiptap would then drop the replacements of known ones too.
        handler: ({ state, range, match }) => {
          if (isPlaceholderName(match[1])) state.tr.replaceWith(range.from, range.to, this.type.create({ name: match[1] }));
        },
      }),
    ];
  },

  addCommands() {
    return {
      insertPlaceholder:
        (name) =>
        ({ commands }) =>
          isPlaceholderName(name) ? commands.insertContent({ type: this.name, attrs: { name } }) : false,
    };
  },
});
