/**
 * A raw scan of a PDF's bytes for what we refuse, independent of any PDF reader. Readers are built
 * to make the best of a file, and that is the wrong instinct here: pdf.js opens a PDF encrypted
 * with an empty user password without a word, repairs a truncated file by rebuilding its
 * cross-reference table, and only reports the JavaScript and attachments it recognises where it
 * expects them. A name such as /JavaScript or /Encrypt, on the other hand, cannot do its work
 * without appearing as a name in a dictionary, and dictionaries are either plain text in the file
 * or inside object streams (/Type /ObjStm), which we inflate (bounded) and scan too. Names are
 * decoded first (#xx escapes: /J#61vaScript is /JavaScript), so spelling tricks do not hide them.
 *
 * The scan may over-report (a manual that prints "/JavaScript" as text in an uncompressed content
 * stream); for an attachment we send to buyers, refusing then is the right side to err on.
 */

export interface PdfScan {
  encrypted: boolean;
  javaScript: boolean;
  embeddedFiles: boolean;
  /** Actions that start programs, rich media, XFA forms: refused with the JavaScript. */
  activeContent: boolean;
  /** No %%EOF marker at the end: cut off in transfer or not a whole PDF. */
  truncated: boolean;
  /** Non-blank bytes after the last %%EOF: another file appended to the PDF. */
  appendedData: boolean;
  /** Object streams left unscanned because the inflate budget ran out. */
  unscannedStreams: boolean;
}

const ENCRYPT = new Set(["Encrypt"]);
const JAVASCRIPT = new Set(["JS", "JavaScript"]);
const EMBEDDED = new Set(["EmbeddedFile", "EmbeddedFiles", "FileAttachment"]);
const ACTIVE = new Set(["Launch", "RichMedia", "XFA", "ImportData"]);

/** Inflating object streams stops after this many bytes in all (a zip bomb stops here). */
export const INFLATE_BUDGET_BYTES = 32 * 1024 * 1024;
const MAX_OBJECT_STREAMS = 2000;

const NAME = /\/([^\s/[\]()<>{}%]+)/gu;

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function namesIn(text: string, into: Set<string>): void {
  for (const match of text.matchAll(NAME)) into.add(decodeName(match[1]));
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}

/** Inflates zlib data with the web platform's DecompressionStream; stops at `limit` bytes. */
async function inflate(data: Uint8Array, limit: number): Promise<{ bytes: Uint8Array; overBudget: boolean }> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream("deflate"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overBudget = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        overBudget = true;
        await reader.cancel();
        break;
      }
      chunks.push(value);
    }
  } catch {
    // Corrupt or truncated data: scan what came out before the error.
  }
  const bytes = new Uint8Array(Math.min(total, limit));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, bytes.length - at), at);
    at += chunk.length;
    if (at >= bytes.length) break;
  }
  return { bytes, overBudget };
}

// An object header, its dictionary, then "stream". Bounded so that a file of "obj" without
// "stream" cannot make the regex scan far.
const STREAM_OBJECT = /\bobj\b([^]{0,4096}?)\bstream\r?\n/gu;

async function objectStreamNames(text: string, bytes: Uint8Array, into: Set<string>): Promise<boolean> {
  let budget = INFLATE_BUDGET_BYTES;
  let count = 0;
  for (const match of text.matchAll(STREAM_OBJECT)) {
    const dictionary = new Set<string>();
    namesIn(match[1], dictionary);
    if (!dictionary.has("ObjStm")) continue;
    if (++count > MAX_OBJECT_STREAMS || budget <= 0) return true;
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) continue;
    if (!dictionary.has("FlateDecode")) {
      // Uncompressed object streams are rare but legal; other filters we cannot read → unscanned.
      if ([...dictionary].some((name) => name.endsWith("Decode"))) return true;
      namesIn(text.slice(start, end), into);
      continue;
    }
    const { bytes: inflated, overBudget } = await inflate(bytes.subarray(start, end), budget);
    budget -= inflated.length;
    namesIn(latin1(inflated), into);
    if (overBudget) return true;
  }
  return false;
}

const BLANK = /^[\s\0]*$/u;

export async function scanPdf(bytes: Uint8Array): Promise<PdfScan> {
  const text = latin1(bytes);
  const names = new Set<string>();
  namesIn(text, names);
  const unscannedStreams = await objectStreamNames(text, bytes, names);
  const lastEof = text.lastIndexOf("%%EOF");
  const has = (set: Set<string>) => [...set].some((name) => names.has(name));
  return {
    encrypted: has(ENCRYPT),
    javaScript: has(JAVASCRIPT),
    embeddedFiles: has(EMBEDDED),
    activeContent: has(ACTIVE),
    truncated: lastEof < 0 || !text.includes("startxref"),
    appendedData: lastEof >= 0 && !BLANK.test(text.slice(lastEof + 5)),
    unscannedStreams,
  };
}
