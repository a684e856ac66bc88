/**
 * Test files built in the test: PDFs with pdf-lib (clean, with JavaScript, with an attached file,
 * encrypted-looking), and minimal PNG, JPEG and GIF files written byte by byte.
 */
import { deflateSync } from "node:zlib";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from "pdf-lib";

export async function pdfWithPages(
  pages: readonly string[],
  options: { objectStreams?: boolean; edit?: (doc: PDFDocument) => void | Promise<void> } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = doc.addPage([595, 842]);
    text.split("\n").forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  }
  await options.edit?.(doc);
  return doc.save({ useObjectStreams: options.objectStreams ?? true });
}

/** A JavaScript action that runs when the document opens. */
export function addOpenActionJavaScript(doc: PDFDocument): void {
  const action = doc.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert('hi')") });
  doc.catalog.set(PDFName.of("OpenAction"), doc.context.register(action));
}

/** Document-level JavaScript in the catalogue's names tree (/Names /JavaScript). */
export function addNamesTreeJavaScript(doc: PDFDocument): void {
  const action = doc.context.register(doc.context.obj({ S: "JavaScript", JS: PDFString.of("this.print()") }));
  const tree = doc.context.obj({ Names: [PDFString.of("init"), action] });
  const names = doc.context.obj({ JavaScript: doc.context.register(tree) }) as PDFDict;
  doc.catalog.set(PDFName.of("Names"), doc.context.register(names));
}

/** A Standard security handler in the trailer: the file is encrypted (as with an empty user password). */
export function addEncryption(doc: PDFDocument): void {
  const encrypt = doc.context.obj({ Filter: "Standard", V: 1, R: 2, P: -4, O: PDFHexString.of("00".repeat(32)), U: PDFHexString.of("00".repeat(32)) });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
}

export async function addEmbeddedFile(doc: PDFDocument): Promise<void> {
  await doc.attach(new TextEncoder().encode("secret"), "notes.txt", { mimeType: "text/plain" });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A real 2×2 RGB PNG. */
export function png(width = 2, height = 2): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 3)).fill(0x80);
  for (let row = 0; row < height; row++) raw[row * (1 + width * 3)] = 0;
  return concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", new Uint8Array(deflateSync(raw))),
    chunk("IEND", new Uint8Array()),
  );
}

/** A JPEG's marker structure: SOI, JFIF APP0, SOF0 with the size, SOS, a scan byte, EOI. */
export function jpeg(width = 3, height = 2): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00];
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x00];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, ...sos, 0xff, 0xd9]);
}

/** A 1×1 GIF89a. */
export function gif(): Uint8Array {
  return Uint8Array.from(atob("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="), (c) => c.charCodeAt(0));
}

export { concat };
