/**
 * A document as the rules read it: one plain string (blocks separated by blank lines, hard breaks as
 * newlines, placeholders as `{{name}}`) plus, for every character, its ProseMirror position, so that
 * a match in the string becomes a selection in the editor. Links, images and placeholders are
 * collected on the way. Pure: runs in the browser.
 */
import type { NodeJSON } from "@/lib/editor/extensions";

export interface TextLink {
  href: string;
  start: number;
  end: number;
}

export interface TextImage {
  src: string;
  alt: string;
  width: unknown;
  /** Position of the image node in the document. */
  pos: number;
}

export interface TextPlaceholder {
  name: string;
  start: number;
  end: number;
  /** True for a `{{name}}` typed as text rather than inserted as a placeholder node. */
  literal: boolean;
}

export interface TextView {
  text: string;
  /** Document position of each UTF-16 unit of `text`; separators map to the next block's start. */
  positions: number[];
  links: TextLink[];
  images: TextImage[];
  placeholders: TextPlaceholder[];
}

/** Inline nodes that take one position and hold no text. */
const LEAF_TYPES = new Set(["hardBreak", "image", "placeholder", "horizontalRule"]);
const TEXTBLOCK_TYPES = new Set(["paragraph", "heading"]);
const LIST_ITEM = "listItem";

/** `{{ name }}` typed as text; the name group is captured. Same syntax as lib/editor's token. */
const LITERAL_PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

function linkHref(node: NodeJSON): string | null {
  const mark = node.marks?.find((m) => m.type === "link");
  const href = mark?.attrs?.href;
  return typeof href === "string" ? href : null;
}

/** ProseMirror's size of a node: text by its length, leaves 1, containers 2 plus their content. */
function nodeSize(node: NodeJSON): number {
  if (node.type === "text") return (node.text ?? "").length;
  if (LEAF_TYPES.has(node.type)) return 1;
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0);
}

/** Visible content: text that is not only whitespace, a placeholder or an image. */
function hasVisibleContent(node: NodeJSON): boolean {
  if (node.type === "text") return (node.text ?? "").trim().length > 0;
  if (node.type === "placeholder" || node.type === "image") return true;
  return (node.content ?? []).some(hasVisibleContent);
}

export function docToTextView(doc: NodeJSON): TextView {
  let text = "";
  const positions: number[] = [];
  const links: TextLink[] = [];
  const images: TextImage[] = [];
  const placeholders: TextPlaceholder[] = [];
  let blocksSeen = 0;
  let previousInList = false;

  const append = (value: string, pos: number | ((i: number) => number)) => {
    for (let i = 0; i < value.length; i++) positions.push(typeof pos === "number" ? pos : pos(i));
    text += value;
  };

  // Returns the position after the node.
  const walk = (node: NodeJSON, pos: number, inListItem: boolean): number => {
    if (node.type === "text") {
      const value = node.text ?? "";
      const start = text.length;
      append(value, (i) => pos + i);
      const href = linkHref(node);
      if (href !== null && value.length > 0) {
        const last = links[links.length - 1];
        if (last && last.href === href && last.end === start) last.end = text.length;
        else links.push({ href, start, end: text.length });
      }
      return pos + value.length;
    }
    if (LEAF_TYPES.has(node.type)) {
      if (node.type === "hardBreak") append("\n", pos);
      else if (node.type === "placeholder") {
        const name = typeof node.attrs?.name === "string" ? node.attrs.name : "";
        const start = text.length;
        append(`{{${name}}}`, pos);
        placeholders.push({ name, start, end: text.length, literal: false });
      } else if (node.type === "image") {
        images.push({
          src: typeof node.attrs?.src === "string" ? node.attrs.src : "",
          alt: typeof node.attrs?.alt === "string" ? node.attrs.alt : "",
          width: node.attrs?.width,
          pos,
        });
      }
      return pos + 1;
    }
    // A container node: one position to enter, one to leave (the doc node has neither).
    const isDoc = node.type === "doc";
    let inner = isDoc ? pos : pos + 1;
    // An empty block is dropped when the text is stored (lib/editor's normaliser): the check reads
    // the message as it will be sent, so an Enter just pressed is no extra blank line.
    if (TEXTBLOCK_TYPES.has(node.type) && !hasVisibleContent(node)) return pos + nodeSize(node);
    if (TEXTBLOCK_TYPES.has(node.type)) {
      // List items follow each other on single lines; everything else is separated by a blank line.
      if (blocksSeen > 0) append(inListItem && previousInList ? "\n" : "\n\n", inner);
      blocksSeen++;
      previousInList = inListItem;
    }
    const childInList = inListItem || node.type === LIST_ITEM;
    for (const child of node.content ?? []) inner = walk(child, inner, childInList);
    return isDoc ? inner : inner + 1;
  };

  walk(doc, 0, false);

  const atomRanges = placeholders.map((p) => [p.start, p.end] as const);
  for (const match of text.matchAll(LITERAL_PLACEHOLDER)) {
    const start = match.index;
    if (atomRanges.some(([s, e]) => start >= s && start < e)) continue;
    placeholders.push({ name: match[1], start, end: start + match[0].length, literal: true });
  }
  placeholders.sort((a, b) => a.start - b.start);
  return { text, positions, links, images, placeholders };
}

/** A plain string as a view, e.g. the subject line: positions are the string's own offsets. */
export function plainTextView(value: string): TextView {
  const placeholders: TextPlaceholder[] = [...value.matchAll(LITERAL_PLACEHOLDER)].map((match) => ({
    name: match[1],
    start: match.index,
    end: match.index + match[0].length,
    literal: true,
  }));
  return { text: value, positions: Array.from(value, (_, i) => i), links: [], images: [], placeholders };
}

/** ProseMirror range covering text[start, end). */
export function toDocRange(view: TextView, start: number, end: number): { from: number; to: number } {
  if (view.positions.length === 0) return { from: 0, to: 0 };
  const s = Math.max(0, Math.min(start, view.positions.length - 1));
  const e = Math.max(s, Math.min(end, view.positions.length) - 1);
  return { from: view.positions[s], to: view.positions[e] + 1 };
}

export interface Sentence {
  start: number;
  end: number;
}

const TERMINATOR = /[.!?。！？؟।]/u;
const CJK_TERMINATOR = /[。！？]/u;

/**
 * Sentences by punctuation and line breaks. A Latin full stop ends a sentence only before
 * whitespace (so "amazon.de" or "1.5" stay whole); CJK full stops end one anywhere.
 */
/**
 * A period after a short word that the sentence goes on from in lower case ("ggf. ändern", "e.g. the
 * lid", "z. B. die Farbe", "approx. two"), or a short capitalised label before a number ("Nr. 12"):
 * an abbreviation, not the end of the sentence.
 */
function abbreviationAt(text: string, dot: number, last: number): boolean {
  if (text[dot] !== "." || last !== dot) return false;
  const before = /(?:^|[^\p{L}.])((?:\p{L}\.?){1,6})$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  const after = /^[ \t]+(\p{L})/u.exec(text.slice(dot + 1, dot + 4));
  if (before !== null && after !== null && /\p{Ll}/u.test(after[1])) return true;
  // "Rechnung Nr. 2024-1187", "Tel. 030 …", "No. 5", "Best.-Nr. {{order_id}}": a short label before
  // the number (or the placeholder for it) it introduces.
  const label = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}{1,2})$/u.exec(text.slice(Math.max(0, dot - 6), dot));
  if (label !== null && /^[ \t]+(?:\p{N}|\{\{)/u.test(text.slice(dot + 1, dot + 4))) return true;
  // "ca. 3 Std.", "max. 2 Pakete", "inkl. 19 %", "approx. 5 days": a short word of measure before its number.
  const measure = /(?:^|[^\p{L}.])(\p{L}{2,5})$/u.exec(text.slice(Math.max(0, dot - 8), dot));
  if (measure !== null && MEASURE_ABBREVIATIONS.has(measure[1].toLowerCase()) && /^[ \t]+\p{N}/u.test(text.slice(dot + 1, dot + 4))) return true;
  // German ordinals: "am 3. Mai", "bis 12. Juni", "zum 2. Mal", "die 1. Wartung", "= 1. Termin".
  const ordinal = /(?:^|\s)(\p{L}+|=)\s+\p{N}{1,2}$/u.exec(text.slice(Math.max(0, dot - 16), dot));
  const word = /^[ \t]+(\p{L}+)/u.exec(text.slice(dot + 1, dot + 16));
  if (ordinal === null || word === null) return false;
  return MONTHS.has(word[1].toLowerCase()) || ORDINAL_BEFORE.has(ordinal[1].toLowerCase());
}

/** Short words of measure and scope written with a period before a number. */
const MEASURE_ABBREVIATIONS: ReadonlySet<string> = new Set(["ca", "bzw", "inkl", "exkl", "zzgl", "max", "min", "mind", "ggf", "evtl", "vsl", "approx", "incl", "excl", "env"]);
/** German month names, after a day number with its period. */
const MONTHS: ReadonlySet<string> = new Set([
  "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
]);
/** German articles and prepositions (and "=" in notes) that make the number after them an ordinal. */
const ORDINAL_BEFORE: ReadonlySet<string> = new Set([
  "am", "zum", "zur", "im", "ab", "bis", "vom", "dem", "den", "der", "die", "das", "des", "jeden", "jede", "jeder", "jedem", "seit", "=",
]);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
    } else if (TERMINATOR.test(ch)) {
      let j = i;
      while (j + 1 < text.length && TERMINATOR.test(text[j + 1])) j++;
      const atEnd = j + 1 >= text.length || /\s/u.test(text[j + 1]) || CJK_TERMINATOR.test(ch);
      if (atEnd && !abbreviationAt(text, i, j)) {
        push(j + 1);
        start = j + 1;
      }
      i = j;
    }
  }
  push(text.length);
  return sentences;
}
