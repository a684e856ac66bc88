/**
 * Decides whether a file may be attached, and what it is: every problem found, not just the
 * first, so that the author fixes the file once. Checks, in order: size, name, what the bytes are
 * (magic bytes against the declared type and the extension), then the content itself — for a PDF
 * a raw byte scan (pdf-scan.ts) and a reading with pdf.js (pdf-read.ts), both of which must be
 * clean; for an image the header with its size and the end marker (sniff.ts).
 *
 * Runs in Node (pdf.js's serverless build, the web platform's DecompressionStream); browser
 * support is not a goal of this module. Pure otherwise: no file system, no network, no database.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { checkName, cleanName, extensionOf } from "./names";
import { MAX_PDF_PAGES, readPdf } from "./pdf-read";
import { scanPdf } from "./pdf-scan";
import { ProblemList, type AttachmentProblem } from "./problems";
import { isAcceptedType, megabytes, typeOfExtension, typesLabel, type AcceptedType, type AttachmentRules } from "./rules";
import { hasActiveMarkupNearStart, readImageHeader, sniffType } from "./sniff";

export interface InspectedFile {
  /** The name as it will be stored and sent (NFC, trimmed, white space collapsed). */
  name: string;
  contentType: AcceptedType;
  size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  /** 1 for images. */
  pageCount: number;
  /** Extracted text per page; [] for images. */
  pages: string[];
}

export type InspectResult = { ok: true; file: InspectedFile } | { ok: false; problems: AttachmentProblem[] };

/** Declared types that claim nothing (what browsers send when they do not know). */
const NO_CLAIM = new Set(["", "application/octet-stream", "binary/octet-stream"]);
const ALIASES: Record<string, string> = { "image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "application/x-pdf": "application/pdf" };

function normaliseDeclared(declared: string): string {
  const bare = declared.split(";")[0].trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}

/** "PDF, JPG, PNG, GIF": the types as people know them, by their first extension. */

/** Name, declared type, extension and magic bytes must tell one story. Returns the real type if accepted. */
function checkType(name: string, declaredType: string, bytes: Uint8Array, rules: AttachmentRules, problems: ProblemList): AcceptedType | null {
  const detected = sniffType(bytes);
  const declared = normaliseDeclared(declaredType);
  const extension = extensionOf(cleanName(name));
  const accepted = typesLabel(rules.acceptedTypes);
  if (detected === null) {
    if (isAcceptedType(declared) || (extension !== "" && typeOfExtension(extension) !== null)) {
      problems.add("content-mismatch", { declared: declared || extension, detected: "unknown" });
    } else {
      problems.add("type-not-accepted", { type: declared || extension || "unknown", accepted });
    }
    return null;
  }
  if (!NO_CLAIM.has(declared) && declared !== detected) problems.add("content-mismatch", { declared, detected });
  if (extension !== "" && typeOfExtension(extension) !== detected) problems.add("extension-mismatch", { extension, type: detected });
  if (!rules.acceptedTypes.includes(detected)) {
    problems.add("type-not-accepted", { type: detected, accepted });
    return null;
  }
  if (hasActiveMarkupNearStart(bytes)) problems.add("polyglot");
  return detected;
}

async function inspectPdf(bytes: Uint8Array, problems: ProblemList): Promise<{ pageCount: number; pages: string[] } | null> {
  const scan = await scanPdf(bytes);
  if (scan.encrypted) problems.add("pdf-encrypted");
  if (scan.javaScript || scan.activeContent) problems.add("pdf-javascript");
  if (scan.embeddedFiles) problems.add("pdf-embedded-files");
  if (scan.truncated) problems.add("pdf-unreadable");
  if (scan.appendedData) problems.add("polyglot");
  if (scan.unscannedStreams) problems.add("pdf-too-complex");
  const read = await readPdf(bytes);
  if (!read.ok) {
    if (read.failure === "encrypted") problems.add("pdf-encrypted");
    else if (read.failure === "too-many-pages") problems.add("pdf-too-many-pages", { pages: read.pageCount ?? 0, max: MAX_PDF_PAGES });
    else if (read.failure === "too-complex") problems.add("pdf-too-complex");
    else if (!problems.has("pdf-encrypted")) problems.add("pdf-unreadable");
    return null;
  }
  if (read.encrypted) problems.add("pdf-encrypted");
  if (read.javaScript) problems.add("pdf-javascript");
  if (read.embeddedFiles) problems.add("pdf-embedded-files");
  return { pageCount: read.pageCount, pages: read.pages };
}

export async function inspectFile(input: {
  name: string;
  declaredType: string;
  bytes: Uint8Array;
  rules: AttachmentRules;
}): Promise<InspectResult> {
  const { bytes, rules } = input;
  const problems = new ProblemList();
  if (bytes.length === 0) problems.add("empty");
  if (bytes.length > rules.maxBytes) problems.add("too-large", { size: bytes.length, max: rules.maxBytes, sizeMb: megabytes(bytes.length), maxMb: megabytes(rules.maxBytes) });
  checkName(input.name, problems);
  // An empty or oversize file is not opened: nothing in it can change the answer.
  const type = bytes.length === 0 || problems.has("too-large") ? null : checkType(input.name, input.declaredType, bytes, rules, problems);

  let content: { pageCount: number; pages: string[] } | null = null;
  if (type === "application/pdf") content = await inspectPdf(bytes, problems);
  else if (type !== null) {
    const header = readImageHeader(type, bytes);
    if (header === null) problems.add("image-unreadable");
    else if (header.trailingBytes > 0) problems.add("polyglot");
    else content = { pageCount: 1, pages: [] };
  }

  if (problems.problems.length > 0 || type === null || content === null) {
    // Every path that leaves `content` null has added a problem; the guard keeps the type checker honest.
    return { ok: false, problems: problems.problems };
  }
  return {
    ok: true,
    file: { name: cleanName(input.name), contentType: type, size: bytes.length, sha256: bytesToHex(sha256(bytes)), ...content },
  };
}
