/**
 * Marks the element an axe violation points to, inside the preview frame's own document (the
 * frame's runner calls this when the studio asks it to; the studio cannot reach into the frame).
 */
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
