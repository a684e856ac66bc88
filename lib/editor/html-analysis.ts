/**
 * Looks at pasted or uploaded HTML *before* the schema parses it: counts what the schema is going to
 * drop (styles, fonts, colours, alignment, elements outside the schema, refused links and images)
 * and repairs the few office-suite structures the schema would otherwise misread (Word's list
 * paragraphs, Google Docs' lists nested directly in lists).
 *
 * Works on any standard DOM: the browser's DOMParser in the editor, jsdom's on the server. It
 * therefore uses nodeType numbers and no realm-specific classes (`instanceof HTMLElement`).
 */
import { ChangeCounter } from "./changes";
import { isPlaceholderName } from "./placeholders";
import { imageProblem, isUsableAlt, linkProblem, MAX_IMAGE_WIDTH_PERCENT, parsePercentWidth } from "./url-rules";

const COMMENT_NODE = 8;

/** Elements the schema maps to nodes or marks. */
const SCHEMA_TAGS = new Set(["p", "h1", "h2", "strong", "b", "em", "i", "ul", "ol", "li", "br", "a", "img"]);

/** Headings the schema keeps as level 2. */
const LOWER_HEADINGS = new Set(["h3", "h4", "h5", "h6"]);

/**
 * Containers and phrase tags whose removal loses nothing a reader sees: the schema keeps their text
 * and structure. Table parts other than <table> itself are here so a table counts once.
 */
const TRANSPARENT_TAGS = new Set([
  "html", "head", "body", "div", "span", "section", "article", "main", "header", "footer", "aside", "nav",
  "figure", "figcaption", "address", "abbr", "acronym", "cite", "dfn", "time", "data", "bdi", "label",
  "wbr", "meta", "link", "title", "base", "o:p", "font", "center",
  "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col",
]);

/**
 * Elements whose content is not walked for formatting: never rendered (visible-text.ts removes it),
 * or foreign and form content whose styling has no counterpart anyway. `<object>` is walked: its
 * fallback content is unwrapped and kept.
 */
const OPAQUE_TAGS = new Set([
  "script", "style", "noscript", "template", "title", "svg", "math", "embed",
  "iframe", "frame", "frameset", "video", "audio", "canvas", "select", "textarea", "applet",
]);

const COLOUR_PROPERTIES = /^(color|background(-color|-image)?|mso-highlight|border(-\w+)*-color)$/;
const FONT_PROPERTIES = /^(font|font-family|font-size|font-variant|font-stretch|line-height|letter-spacing|word-spacing|text-transform)$/;
const ALIGNMENT_PROPERTIES = /^(text-align|text-indent|vertical-align|float|margin(-\w+)?|padding(-\w+)?|direction)$/;
/** Kept as bold/italic by the schema's own parse rules, or Word-internal bookkeeping nobody sees. */
const MAPPED_OR_INTERNAL = /^(font-weight|font-style|mso-.*|tab-stops|page|layout-grid-mode)$/;

/**
 * Declarations that restate a default (Google Docs writes `vertical-align:baseline;
 * text-decoration:none;white-space:pre-wrap` on every span): dropping them changes nothing, so
 * they are not reported as removed formatting.
 */
const NEUTRAL_DECLARATION =
  /^(vertical-align:baseline|text-decoration(-line)?:none|background(-color)?:(transparent|none|initial)|white-space:.*|text-align:(left|start|initial|inherit)|(margin|padding)(-\w+)?:0(px|pt|cm|in|em)?( 0(px|pt|cm|in|em)?)*|text-indent:0(px|pt|cm|in)?|font-variant:normal|direction:ltr)$/;

function styleProperties(style: string): string[] {
  return style
    .split(";")
    .map((declaration) => {
      const [property = "", ...value] = declaration.split(":");
      return { property: property.trim().toLowerCase(), value: value.join(":").trim().toLowerCase().replace(/\s*!important$/, "") };
    })
    .filter(({ property, value }) => property.length > 0 && !NEUTRAL_DECLARATION.test(`${property}:${value}`))
    .map(({ property }) => property);
}

function countStyling(element: Element, counter: ChangeCounter): void {
  const categories = new Set<"colour-override" | "font-override" | "alignment" | "style">();
  const style = element.getAttribute("style");
  if (style) {
    for (const property of styleProperties(style)) {
      if (COLOUR_PROPERTIES.test(property)) categories.add("colour-override");
      else if (FONT_PROPERTIES.test(property)) categories.add("font-override");
      else if (ALIGNMENT_PROPERTIES.test(property)) categories.add("alignment");
      else if (!MAPPED_OR_INTERNAL.test(property)) categories.add("style");
    }
  }
  if (element.hasAttribute("color") || element.hasAttribute("bgcolor")) categories.add("colour-override");
  if (element.hasAttribute("face") || (element.localName === "font" && element.hasAttribute("size"))) {
    categories.add("font-override");
  }
  if (element.hasAttribute("align") || element.localName === "center") categories.add("alignment");
  if (element.hasAttribute("class")) categories.add("style");
  for (const category of categories) counter.add(category);
}

function countImage(element: Element, counter: ChangeCounter): void {
  const problem = imageProblem(element.getAttribute("src"));
  if (problem) {
    counter.add(problem);
    return;
  }
  if (!isUsableAlt(element.getAttribute("alt"))) {
    counter.add("image-without-alt");
    return;
  }
  const styleWidth = /(?:^|;)\s*width\s*:\s*([^;]+)/i.exec(element.getAttribute("style") ?? "")?.[1];
  const percent = parsePercentWidth(element.getAttribute("width")) ?? parsePercentWidth(styleWidth);
  if (percent !== null && percent > MAX_IMAGE_WIDTH_PERCENT) counter.add("image-width");
}

/**
 * What the analysis found: counted changes, and the unsupported elements, which are reported once
 * it is known whether their text reached the document (normalize-html.ts).
 */
export interface HtmlAnalysis {
  counter: ChangeCounter;
  unsupported: Element[];
}

function countElement(element: Element, analysis: HtmlAnalysis): void {
  const { counter } = analysis;
  const tag = element.localName.toLowerCase();
  countStyling(element, counter);
  if (tag === "style") {
    counter.add("style");
  } else if (tag === "img") {
    countImage(element, counter);
  } else if (tag === "a") {
    const href = element.getAttribute("href");
    const problem = href === null ? null : linkProblem(href);
    if (problem) counter.add(problem);
  } else if (tag === "b" || tag === "i") {
    // Google Docs wraps whole selections in <b style="font-weight:normal">: not bold, nothing lost.
  } else if (LOWER_HEADINGS.has(tag)) {
    counter.add("heading-level");
  } else if (tag === "span" && isPlaceholderName(element.getAttribute("data-placeholder"))) {
    // Our own placeholder chip.
  } else if (!SCHEMA_TAGS.has(tag) && !TRANSPARENT_TAGS.has(tag)) {
    analysis.unsupported.push(element);
  }
}

function walk(element: Element, analysis: HtmlAnalysis): void {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    countElement(child, analysis);
    if (!OPAQUE_TAGS.has(child.localName.toLowerCase())) walk(child, analysis);
  }
}

/** Counts, without changing anything, what the schema will drop from this HTML. */
export function analyzeHtml(root: Element): HtmlAnalysis {
  const analysis: HtmlAnalysis = { counter: new ChangeCounter(), unsupported: [] };
  walk(root, analysis);
  return analysis;
}

// ---------------------------------------------------------------------------------------------
// Repairs before parsing

const WORD_LIST_LEVEL = /mso-list\s*:\s*l\d+\s+level(\d+)/i;
/** "1." "a)" "(iv)" and the like: Word writes the number of an ordered item as literal text. */
const ORDERED_MARKER = /^[([]?(\d+|[a-z]|[ivxlcdm]+)[.)\]]$/i;

function wordListLevel(element: Element): number | null {
  if (element.localName.toLowerCase() !== "p") return null;
  const match = WORD_LIST_LEVEL.exec(element.getAttribute("style") ?? "");
  return match ? Number(match[1]) : null;
}

/**
 * Removes Word's visible list marker from a list paragraph and returns its text. Word puts it
 * between `<![if !supportLists]>` and `<![endif]>` (parsed as comments) and/or in a span styled
 * `mso-list:Ignore`.
 */
function takeWordMarker(paragraph: Element): string {
  let marker = "";
  let removing = false;
  for (let node = paragraph.firstChild; node; ) {
    const next = node.nextSibling;
    if (node.nodeType === COMMENT_NODE) {
      const data = (node.nodeValue ?? "").trim();
      if (/^\[if !supportLists\]$/i.test(data)) removing = true;
      else if (/^\[endif\]$/i.test(data)) removing = false;
      node.parentNode?.removeChild(node);
    } else if (removing) {
      marker += node.textContent ?? "";
      node.parentNode?.removeChild(node);
    }
    node = next;
  }
  for (const ignored of Array.from(paragraph.querySelectorAll("span"))) {
    if (/mso-list\s*:\s*ignore/i.test(ignored.getAttribute("style") ?? "")) {
      marker += ignored.textContent ?? "";
      ignored.parentNode?.removeChild(ignored);
    }
  }
  return marker.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Turns each run of Word list paragraphs into real (nested) <ul>/<ol> lists. */
function convertWordLists(root: Element): void {
  const document = root.ownerDocument;
  const paragraphs = Array.from(root.querySelectorAll("p")).filter((p) => wordListLevel(p) !== null);
  const handled = new Set<Element>();
  for (const first of paragraphs) {
    if (handled.has(first)) continue;
    const run: Element[] = [];
    for (let node: Element | null = first; node && wordListLevel(node) !== null; node = node.nextElementSibling) {
      run.push(node);
      handled.add(node);
    }
    // Stack of open lists, index = level - 1.
    const lists: Element[] = [];
    let top: Element | null = null;
    for (const paragraph of run) {
      const level = Math.max(1, wordListLevel(paragraph) ?? 1);
      const ordered = ORDERED_MARKER.test(takeWordMarker(paragraph));
      while (lists.length > level) lists.pop();
      while (lists.length < level) {
        const list = document.createElement(ordered ? "ol" : "ul");
        const parentList = lists[lists.length - 1];
        if (parentList) {
          const lastItem = parentList.lastElementChild ?? parentList.appendChild(document.createElement("li"));
          lastItem.appendChild(list);
        } else {
          top = list;
        }
        lists.push(list);
      }
      const item = document.createElement("li");
      const itemParagraph = document.createElement("p");
      while (paragraph.firstChild) itemParagraph.appendChild(paragraph.firstChild);
      item.appendChild(itemParagraph);
      lists[lists.length - 1].appendChild(item);
    }
    if (top) first.parentNode?.insertBefore(top, first);
    for (const paragraph of run) paragraph.parentNode?.removeChild(paragraph);
  }
}

/** Google Docs writes a nested list as a sibling `<ul>` inside the parent `<ul>`: move it into the item above. */
function nestStrayLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll("ul > ul, ul > ol, ol > ul, ol > ol"))) {
    const previous = list.previousElementSibling;
    if (previous && previous.localName.toLowerCase() === "li") previous.appendChild(list);
  }
}

/**
 * Repairs office-suite structures in place so the schema reads them as what the author saw.
 * Word's list markers ("1.", "·") are removed here because the list itself now carries them.
 */
export function repairOfficeHtml(root: Element): void {
  convertWordLists(root);
  nestStrayLists(root);
}
