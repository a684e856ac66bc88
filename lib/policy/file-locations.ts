/**
 * Line and column of a finding in the file it came from (the CLI, imports). Styling findings
 * already point into the raw input; findings on the normalised document are found again in the
 * file's visible text by their excerpt (the n-th occurrence, as in the document), since
 * normalisation changes offsets but not the words. JSON files hold the body and subject as string
 * literals, whose escapes are mapped back to file offsets.
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { docToTextView, type TextView } from "./doc-text";
import { lineColumnIndex } from "./html-scan";
import type { Finding } from "./types";

/** A text and, for each of its UTF-16 units, the offset in the file it came from. */
export interface MappedText {
  text: string;
  offsets: number[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const BLOCK_TAG = /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer)\b/i;

/** Shifts a mapped text's offsets (e.g. when it sits inside a JSON string). */
function through(mapped: MappedText, outer: number[]): MappedText {
  return { text: mapped.text, offsets: mapped.offsets.map((offset) => outer[offset] ?? outer[outer.length - 1] ?? offset) };
}

/** What a reader of the HTML sees, tags removed (block tags as a space), entities decoded. */
export function visibleHtml(source: string): MappedText {
  let text = "";
  const offsets: number[] = [];
  const push = (value: string, offset: number) => {
    for (let i = 0; i < value.length; i++) offsets.push(offset);
    text += value;
  };
  const pattern = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<[^>]*>|&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    for (let i = last; i < match.index; i++) push(source[i], i);
    const whole = match[0];
    if (whole.startsWith("&")) {
      const body = match[2];
      let decoded: string | undefined;
      if (body[0] === "#") {
        const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        decoded = Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
      } else decoded = ENTITIES[body.toLowerCase()];
      push(decoded ?? whole, match.index);
    } else if (BLOCK_TAG.test(whole)) push(" ", match.index);
    last = match.index + whole.length;
  }
  for (let i = last; i < source.length; i++) push(source[i], i);
  return { text, offsets };
}

export function identityText(source: string): MappedText {
  return { text: source, offsets: Array.from({ length: source.length }, (_, i) => i) };
}

/**
 * The decoded value of a top-level string field of a JSON object and, per UTF-16 unit, its offset
 * in the JSON text. Null when the field is absent or not a string.
 */
export function jsonStringField(json: string, key: string): MappedText | null {
  let depth = 0;
  let i = 0;
  let expectKey = false;
  let pendingKey: string | null = null;
  while (i < json.length) {
    const ch = json[i];
    if (ch === "{" || ch === "[") {
      depth++;
      expectKey = ch === "{" && depth === 1;
      i++;
    } else if (ch === "}" || ch === "]") {
      depth--;
      i++;
    } else if (ch === ",") {
      expectKey = depth === 1;
      i++;
    } else if (ch === '"') {
      const literal = readString(json, i);
      if (depth === 1 && expectKey) {
        pendingKey = literal.text;
        expectKey = false;
      } else if (depth === 1 && pendingKey === key) {
        return literal;
      } else pendingKey = null;
      i = literal.end;
    } else i++;
  }
  return null;
}

function readString(json: string, start: number): MappedText & { end: number } {
  let text = "";
  const offsets: number[] = [];
  let i = start + 1;
  while (i < json.length && json[i] !== '"') {
    if (json[i] === "\\") {
      const next = json[i + 1];
      if (next === "u") {
        text += String.fromCharCode(parseInt(json.slice(i + 2, i + 6), 16));
        offsets.push(i);
        i += 6;
        continue;
      }
      const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" };
      text += simple[next] ?? next;
      offsets.push(i);
      i += 2;
      continue;
    }
    text += json[i];
    offsets.push(i);
    i++;
  }
  return { text, offsets, end: i + 1 };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Offset in `mapped.text` of the n-th occurrence of `excerpt`, whitespace runs matching any whitespace. */
function findOccurrence(haystack: string, excerpt: string, occurrence: number): number | null {
  const words = excerpt.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "g");
  let n = 0;
  for (const match of haystack.matchAll(pattern)) {
    if (n === occurrence) return match.index;
    n++;
  }
  return null;
}

export interface FileSource {
  /** The whole file, for line/column. */
  file: string;
  /** The body exactly as the engine received it (html or text), mapped to file offsets. */
  raw: MappedText;
  /** What a reader sees of the body, mapped to file offsets. */
  visible: MappedText;
  /** The subject, when the file holds it. */
  subject: MappedText | null;
}

/**
 * Maps for an .html or .txt file (`body` omitted: the whole file is the body) or a .json file
 * (`body` and `subject` are its string fields, from jsonStringField).
 */
export function fileSource(file: string, kind: "html" | "text", body?: MappedText, subject?: MappedText | null): FileSource {
  const raw = body ?? identityText(file);
  const visible = kind === "html" ? visibleHtml(raw.text) : identityText(raw.text);
  return { file, raw, visible: through(visible, raw.offsets), subject: subject ?? null };
}

/** Offset of a 1-based line and column in a text. */
function offsetAt(text: string, line: number, column: number): number | null {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return null;
    offset = next + 1;
  }
  return offset + column - 1;
}

function countOccurrences(haystack: string, excerpt: string): number {
  const words = excerpt.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  return [...haystack.matchAll(new RegExp(words.map(escapeRegExp).join("\\s+"), "g"))].length;
}

/**
 * Line and column (1-based) in the file for each finding; null where the finding has no place
 * (whole-message findings, a subject given on the command line, text the file does not show).
 */
export function fileLocations(findings: readonly Finding[], source: FileSource, doc: DocJSON): ({ line: number; column: number } | null)[] {
  const lineColumn = lineColumnIndex(source.file);
  const view: TextView = docToTextView(doc);
  const at = (offsets: number[], index: number | null) => {
    if (index === null) return null;
    const offset = offsets[Math.min(index, offsets.length - 1)];
    return offset === undefined ? null : lineColumn(offset);
  };
  return findings.map((finding) => {
    const location = finding.location;
    if (!location) return null;
    if ("line" in location) return at(source.raw.offsets, offsetAt(source.raw.text, location.line, location.column));
    if ("field" in location) return source.subject ? at(source.subject.offsets, location.from) : null;
    const start = view.positions.findIndex((pos) => pos >= location.from);
    if (start < 0 || !finding.excerpt) return null;
    const occurrence = countOccurrences(view.text.slice(0, start), finding.excerpt);
    return at(source.visible.offsets, findOccurrence(source.visible.text, finding.excerpt, occurrence) ?? findOccurrence(source.visible.text, finding.excerpt, 0));
  });
}
