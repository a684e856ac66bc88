/**
 * Which text of parsed HTML a reader of that HTML sees, so the normaliser can promise that all of
 * it reaches the document (or say what did not). Browser-safe and realm-free like html-analysis.
 *
 * "Seen" is decided by element alone, never by CSS: text hidden with `display:none` or `hidden`
 * counts as seen (and is kept), because a stylesheet may show it and we do not compute styles.
 * Not seen is the content of elements a browser never renders:
 * - script, style, title, noscript (scripting is on wherever people copy from), template (its
 *   content is a separate fragment, not children, with a spec-compliant parser);
 * - iframe, noembed, noframes: raw text a browser that supports frames and embeds never shows;
 * - video, audio: fallback for browsers without media support (there are none left);
 * - in SVG, desc and metadata (and title, above).
 * `<object>` fallback is what a browser shows when it cannot show the object, as a message never
 * can, so it is seen: the normaliser unwraps objects (ProseMirror would ignore them whole).
 */

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const NEVER_RENDERED = new Set([
  "script", "style", "title", "noscript", "template", "iframe", "noembed", "noframes", "video", "audio",
]);
const NEVER_RENDERED_SVG = new Set(["desc", "metadata"]);

export function isNeverRendered(element: Element): boolean {
  const name = element.localName.toLowerCase();
  return NEVER_RENDERED.has(name) || (element.namespaceURI === SVG_NAMESPACE && NEVER_RENDERED_SVG.has(name));
}

/**
 * Removes what is never rendered and unwraps `<object>`, in place, before the schema parses
 * `root`: what was not on screen does not become message text, and fallback text that was stays.
 * The analysis has counted these elements already.
 */
export function removeUnrenderedContent(root: Element): void {
  const never: Element[] = [];
  const objects: Element[] = [];
  const visit = (element: Element): void => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (isNeverRendered(child)) never.push(child);
      else {
        if (child.localName.toLowerCase() === "object") objects.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  for (const element of never) element.parentNode?.removeChild(element);
  // Innermost first does not matter: unwrapping moves children, it does not copy them.
  for (const object of objects) {
    const parent = object.parentNode;
    if (!parent) continue;
    while (object.firstChild) parent.insertBefore(object.firstChild, object);
    parent.removeChild(object);
  }
}

/** The text nodes under `root` a reader sees, in document order. */
export function visibleTextNodes(root: Element): Text[] {
  const found: Text[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) found.push(child as Text);
      else if (child.nodeType === ELEMENT_NODE && !isNeverRendered(child as Element)) visit(child);
    }
  };
  visit(root);
  return found;
}
