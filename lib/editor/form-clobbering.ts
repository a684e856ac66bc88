/**
 * DOM clobbering on paste. A form's named controls shadow the form's own DOM properties in
 * browsers (HTMLFormElement is [LegacyOverrideBuiltIns]): in `<form><input name=nodeType>123</form>`
 * `form.nodeType` is the input, so ProseMirror skipped the form and its text, and `name=nodeName`
 * made the paste throw. jsdom does not do this, so server and browser disagreed. Browser-safe.
 */

/** Elements whose `name` or `id` becomes a property of their form (HTML's "listed" elements and img). */
const FORM_NAMED = "button, fieldset, input, object, output, select, textarea, img";

/**
 * Removes `name` and `id` from those elements, before anything reads the DOM. Neither attribute
 * means anything to the schema. Safe to call on the controls themselves: only forms are clobbered,
 * and `document.querySelectorAll` is not (Document's named properties do not shadow its methods
 * in a DOMParser document).
 */
export function disarmFormClobbering(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(FORM_NAMED))) {
    element.removeAttribute("name");
    element.removeAttribute("id");
  }
}
