/**
 * What a file's bytes are, whatever its name and declared type say: the magic bytes at offset 0
 * (never further in — PDF readers accept a header anywhere in the first kilobyte, which is how an
 * HTML page or a script becomes a "PDF"), and for images the header with the picture's size and
 * the end marker, after which nothing may follow (an image with a ZIP or a script appended is a
 * polyglot: one file read differently by different programs).
 */
import type { AcceptedType } from "./rules";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const GIF87 = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]; // GIF87a
const GIF89 = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]; // GIF89a

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((byte, i) => bytes[at + i] === byte);
}

/** The accepted type the bytes begin as, or null. */
export function sniffType(bytes: Uint8Array): AcceptedType | null {
  if (startsWith(bytes, PDF_MAGIC)) return "application/pdf";
  if (startsWith(bytes, PNG_MAGIC)) return "image/png";
  if (startsWith(bytes, JPEG_MAGIC)) return "image/jpeg";
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return "image/gif";
  return null;
}

const ACTIVE_MARKUP = /<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|svg)\b/iu;

/**
 * True when markup a browser would run or render as a page occurs near the start of the file: a
 * content sniffer looks there, so a PDF or an image carrying it can be served as a page.
 */
export function hasActiveMarkupNearStart(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return ACTIVE_MARKUP.test(head);
}

export interface ImageHeader {
  width: number;
  height: number;
  /** Bytes after the image's end marker (0 for a clean file). */
  trailingBytes: number;
}

function u16be(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 8) | bytes[at + 1];
}

function u32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

/** PNG: IHDR first, then chunks by length up to IEND. Null when the chunk structure is broken. */
function readPng(bytes: Uint8Array): ImageHeader | null {
  let at = 8;
  let header: { width: number; height: number } | null = null;
  while (at + 12 <= bytes.length) {
    const length = u32be(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length || length > 0x7fffffff) return null;
    if (header === null) {
      if (type !== "IHDR" || length !== 13) return null;
      header = { width: u32be(bytes, at + 8), height: u32be(bytes, at + 12) };
    }
    if (type === "IEND") return { ...header, trailingBytes: bytes.length - end };
    at = end;
  }
  return null;
}

/** JPEG: markers up to a start-of-frame for the size; the file must end with EOI (FFD9). */
function readJpeg(bytes: Uint8Array): ImageHeader | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = u16be(bytes, at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > bytes.length) return null;
      const height = u16be(bytes, at + 5);
      const width = u16be(bytes, at + 7);
      let end = bytes.length;
      while (end > 0 && (bytes[end - 1] === 0x00 || bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end -= 1;
      if (end < 2 || bytes[end - 2] !== 0xff || bytes[end - 1] !== 0xd9) return null;
      return { width, height, trailingBytes: 0 };
    }
    at += 2 + length;
  }
  return null;
}

/** GIF: logical screen size, and the trailer byte 0x3B at the end. */
function readGif(bytes: Uint8Array): ImageHeader | null {
  if (bytes.length < 14) return null;
  const width = bytes[6] | (bytes[7] << 8);
  const height = bytes[8] | (bytes[9] << 8);
  if (bytes[bytes.length - 1] !== 0x3b) return null;
  return { width, height, trailingBytes: 0 };
}

/** The image's size and what follows its end, or null when the header cannot be read. */
export function readImageHeader(type: Exclude<AcceptedType, "application/pdf">, bytes: Uint8Array): ImageHeader | null {
  const header = type === "image/png" ? readPng(bytes) : type === "image/jpeg" ? readJpeg(bytes) : readGif(bytes);
  if (!header || header.width === 0 || header.height === 0) return null;
  return header;
}
