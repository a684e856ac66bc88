/**
 * The preview frame's document and what the parent does to it. The frame is sandboxed with
 * `allow-same-origin` and without `allow-scripts`: nothing in it can run, and the parent can read
 * it (for the accessibility check) and mark an element in it (highlight) through the DOM.
 */
import { buildMessageDocument, type TextDirection } from "@/lib/a11y/message-document";

export interface PreviewDocumentOptions {
  locale: string;
  dir: TextDirection;
  /** Block every image, as mail clients do with images off: the browser shows the alt text instead. */
  imagesOff: boolean;
}

/**
 * A Content-Security-Policy for the frame: no scripts, frames, fonts or requests other than the
 * message's https images (none with images off); inline style only for the highlight we inject.
 */
function framePolicy(imagesOff: boolean): string {
  const images = imagesOff ? "'none'" : "https:";
  return `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;
}

/** The srcdoc of the preview: the same document the server gate checks, plus the frame policy. */
export function previewDocumentHtml(html: string, { locale, dir, imagesOff }: PreviewDocumentOptions): string {
  const head = `<meta http-equiv="Content-Security-Policy" content="${framePolicy(imagesOff)}">`;
  return buildMessageDocument(html, { locale, dir, head });
}

export const HIGHLIGHT_ATTRIBUTE = "data-permitted-highlight";
const HIGHLIGHT_STYLE_ID = "permitted-highlight-style";
const HIGHLIGHT_CSS = `[${HIGHLIGHT_ATTRIBUTE}]{outline:3px solid #b91c1c !important;outline-offset:2px !important;background:#fef2f2}`;

export function clearHighlight(document: Document): void {
  for (const element of document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)) element.removeAttribute(HIGHLIGHT_ATTRIBUTE);
}

/**
 * Outlines the element an axe target points to (a CSS selector per frame/shadow level; the preview
 * has one level) and scrolls it into view. Returns the element, or null if it is not there.
 */
export function highlightTarget(document: Document, target: readonly string[]): Element | null {
  clearHighlight(document);
  const selector = target[target.length - 1];
  let element: Element | null = null;
  try {
    element = selector ? document.querySelector(selector) : null;
  } catch {
    return null; // not a selector this document understands
  }
  if (!element) return null;
  if (!document.getElementById(HIGHLIGHT_STYLE_ID)) {
    const style = document.createElement("style");
    style.id = HIGHLIGHT_STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    document.head.append(style);
  }
  element.setAttribute(HIGHLIGHT_ATTRIBUTE, "");
  element.scrollIntoView?.({ block: "center", behavior: "smooth" });
  return element;
}
