/**
 * Compares the text a reader saw in the input (visible-text.ts) with the text of the normalised
 * document and finds what went missing, so the notice can name it instead of saying "its text was
 * kept". Browser-safe.
 *
 * Compared are the characters that carry meaning: whitespace and invisible format characters are
 * left out (the schema collapses whitespace and breaks lines differently), and so are emoji (the
 * content rules remove them and report that themselves).
 */
import { diffArrays } from "diff";
import { stripEmoji } from "./emoji";

/** Whitespace (incl. NBSP) and format characters a reader does not see as text. */
const NOT_COMPARED = /[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/u;

/**
 * Above this many differing characters the exact diff (cost grows with the product of length and
 * differences) gives way to matching whole text nodes, which is linear. Only inputs that lose or
 * gain thousands of characters get there; the count is then approximate, the verdict is not.
 */
const MAX_EXACT_EDITS = 400;

const EXCERPT_LENGTH = 80;

export interface LostText {
  /** Characters of visible text missing from the document (whitespace and emoji not counted). */
  count: number;
  /** The missing text as the input showed it, runs joined with " … ", shortened to ~80 characters. */
  excerpt: string;
  /** Text nodes of the input that lost characters. */
  nodes: Text[];
}

interface Compared {
  chars: string[];
  /** Per char: index of its text node and its position in that node's emoji-free text. */
  node: number[];
  offset: number[];
  /** Emoji-free text per text node, for the excerpt. */
  texts: string[];
}

function significant(text: string): string[] {
  return Array.from(text).filter((char) => !NOT_COMPARED.test(char));
}

function compareVisible(nodes: Text[]): Compared {
  const compared: Compared = { chars: [], node: [], offset: [], texts: [] };
  nodes.forEach((node, n) => {
    const text = stripEmoji(node.data).text;
    compared.texts.push(text);
    let offset = 0;
    for (const char of text) {
      if (!NOT_COMPARED.test(char)) {
        compared.chars.push(char);
        compared.node.push(n);
        compared.offset.push(offset);
      }
      offset += char.length;
    }
  });
  return compared;
}

type Operation = { kind: "same" | "removed" | "added"; count: number };

/** max(inserted, deleted) in the run of edits next to `operations[at]`, going in `step` direction. */
function editsBeside(operations: Operation[], at: number, step: 1 | -1): number {
  let added = 0;
  let removed = 0;
  for (let i = at + step; i >= 0 && i < operations.length && operations[i].kind !== "same"; i += step) {
    if (operations[i].kind === "added") added += operations[i].count;
    else removed += operations[i].count;
  }
  return Math.max(added, removed);
}

/**
 * A minimal character diff matches letters by coincidence: "other" replaced by "{{order_id}}"
 * comes out as only "th" removed. As diff-match-patch's semantic cleanup does, an equal stretch no
 * longer than the edits on both its sides is turned into an edit, until none is left.
 */
function dropCoincidences(operations: Operation[]): Operation[] {
  const out = [...operations];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < out.length; i++) {
      const { kind, count } = out[i];
      if (kind !== "same" || count > editsBeside(out, i, -1) || count > editsBeside(out, i, 1)) continue;
      out.splice(i, 1, { kind: "removed", count }, { kind: "added", count });
      changed = true;
    }
  }
  return out;
}

/** Indices (into the whole visible text) of characters with no counterpart in `kept`, by an exact diff. */
function lostByDiff(visible: string[], kept: string[], start: number): number[] | null {
  const changes = diffArrays(visible, kept, { maxEditLength: MAX_EXACT_EDITS });
  if (!changes) return null;
  const operations = changes.map(
    (change): Operation => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", count: change.count }),
  );
  const lost: number[] = [];
  let index = start;
  for (const { kind, count } of dropCoincidences(operations)) {
    if (kind === "added") continue;
    if (kind === "removed") for (let i = 0; i < count; i++) lost.push(index + i);
    index += count;
  }
  return lost;
}

/** Fallback: a text node's characters count as kept when they appear, in order, after the previous node's. */
function lostByNodes(compared: Compared, from: number, to: number, kept: string): number[] {
  const lost: number[] = [];
  let cursor = 0;
  for (let start = from; start < to; ) {
    let end = start;
    while (end < to && compared.node[end] === compared.node[start]) end++;
    const run = compared.chars.slice(start, end).join("");
    const found = kept.indexOf(run, cursor);
    if (found === -1) for (let i = start; i < end; i++) lost.push(i);
    else cursor = found + run.length;
    start = end;
  }
  return lost;
}

function excerptOf(compared: Compared, lost: number[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < lost.length && runs.join(" … ").length < EXCERPT_LENGTH) {
    let j = i;
    while (j + 1 < lost.length && lost[j + 1] === lost[j] + 1) j++;
    // One run may span text nodes: take each node's part, with the whitespace between its characters.
    const parts: string[] = [];
    for (let k = lost[i]; k <= lost[j]; ) {
      let end = k;
      while (end + 1 <= lost[j] && compared.node[end + 1] === compared.node[k]) end++;
      const text = compared.texts[compared.node[k]];
      parts.push(text.slice(compared.offset[k], compared.offset[end] + compared.chars[end].length));
      k = end + 1;
    }
    runs.push(parts.join(" ").replace(/\s+/g, " ").trim());
    i = j + 1;
  }
  const excerpt = runs.join(" … ");
  const truncated = i < lost.length || excerpt.length > EXCERPT_LENGTH;
  return truncated ? `${Array.from(excerpt).slice(0, EXCERPT_LENGTH).join("").trimEnd()}…` : excerpt;
}

/** What of the visible text (`nodes`, in order) is not in `documentText`, or null when all of it is. */
export function findLostText(nodes: Text[], documentText: string): LostText | null {
  const compared = compareVisible(nodes);
  const visible = compared.chars;
  const kept = significant(documentText);
  // Common prefix and suffix first: usually that is everything, and the diff stays small.
  let prefix = 0;
  while (prefix < visible.length && prefix < kept.length && visible[prefix] === kept[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < visible.length - prefix &&
    suffix < kept.length - prefix &&
    visible[visible.length - 1 - suffix] === kept[kept.length - 1 - suffix]
  ) {
    suffix++;
  }
  const to = visible.length - suffix;
  if (prefix >= to) return null;
  const keptMiddle = kept.slice(prefix, kept.length - suffix);
  const lost =
    lostByDiff(visible.slice(prefix, to), keptMiddle, prefix) ?? lostByNodes(compared, prefix, to, keptMiddle.join(""));
  if (!lost.length) return null;
  const lostNodes = [...new Set(lost.map((i) => compared.node[i]))].map((n) => nodes[n]);
  return { count: lost.length, excerpt: excerptOf(compared, lost), nodes: lostNodes };
}
