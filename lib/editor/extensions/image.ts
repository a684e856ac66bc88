import { mergeAttributes, Node } from "@tiptap/core";
import {
  cleanUrl,
  imageProblem,
  isAllowedImageWidth,
  isUsableAlt,
  MAX_IMAGE_WIDTH_PERCENT,
  parsePercentWidth,
} from "../url-rules";

export interface SafeImageAttributes {
  src: string;
  alt: string;
  /** Percentage of the message width, 1..80. */
  width: number;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    safeImage: {
      /** Inserts an image; refuses (returns false) unless src is https, alt is given and width ≤ 80%. */
      setImage: (attributes: { src: string; alt: string; width?: number }) => ReturnType;
    };
  }
}

/** Validates and normalises image attributes; null when the image must not be kept. */
export function toSafeImageAttributes(input: { src?: unknown; alt?: unknown; width?: unknown }): SafeImageAttributes | null {
  if (imageProblem(input.src) !== null || !isUsableAlt(input.alt)) return null;
  const width = input.width == null ? MAX_IMAGE_WIDTH_PERCENT : input.width;
  if (!isAllowedImageWidth(width)) return null;
  return { src: cleanUrl(input.src as string), alt: input.alt.trim(), width };
}

/** Reads an `<img>` element; the width comes from `width="50%"` or CSS `width: 50%`. */
export function parsedImageAttributes(element: HTMLElement): SafeImageAttributes | null {
  const percent = parsePercentWidth(element.getAttribute("width")) ?? parsePercentWidth(element.style?.width ?? null);
  return toSafeImageAttributes({
    src: element.getAttribute("src"),
    alt: element.getAttribute("alt"),
    // Wider than allowed is narrowed to the limit; the normaliser reports it.
    width: percent === null ? null : Math.min(percent, MAX_IMAGE_WIDTH_PERCENT),
  });
}

/**
 * A block image that can only hold what Amazon accepts: https source (no data: URLs, no GIF),
 * required alt text and a width as a percentage no larger than 80. Written from scratch rather than
 * extending Tiptap's Image because every attribute and rule differs.
 */
export const SafeImage = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: null, parseHTML: (element: HTMLElement) => parsedImageAttributes(element)?.src ?? null },
      alt: { default: null, parseHTML: (element: HTMLElement) => parsedImageAttributes(element)?.alt ?? null },
      width: {
        default: MAX_IMAGE_WIDTH_PERCENT,
        parseHTML: (element: HTMLElement) => parsedImageAttributes(element)?.width ?? MAX_IMAGE_WIDTH_PERCENT,
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: "img[src]",
        // Tiptap reads each attribute through its own parseHTML above; this only refuses the element.
        getAttrs: (element: HTMLElement) => (parsedImageAttributes(element) ? null : false),
      },
    ];
  },

  renderHTML({ node }) {
    const attrs = toSafeImageAttributes(node.attrs);
    // Unreachable for normalised documents; an invalid image renders without a source rather than loading it.
    if (!attrs) return ["img", { alt: typeof node.attrs.alt === "string" ? node.attrs.alt : "" }];
    return ["img", mergeAttributes({ src: attrs.src, alt: attrs.alt, width: `${attrs.width}%` })];
  },

  renderText({ node }) {
    return typeof node.attrs.alt === "string" ? node.attrs.alt : "";
  },

  addCommands() {
    return {
      setImage:
        (attributes) =>
        ({ commands }) => {
          const attrs = toSafeImageAttributes(attributes);
          if (!attrs) return false;
          return commands.insertContent({ type: this.name, attrs });
        },
    };
  },
});
