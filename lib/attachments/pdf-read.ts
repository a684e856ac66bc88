/**
 * Reads a PDF with pdf.js (Mozilla's reader, in the dependency-free serverless build that `unpdf`
 * ships): page count, the text of each page, and what pdf.js itself recognises as JavaScript,
 * attached files or encryption — the second opinion next to pdf-scan.ts's raw scan.
 *
 * Nothing from the file runs: pdf.js never executes a PDF's JavaScript (scripting is a viewer
 * feature we do not load), `isEvalSupported: false` keeps it from compiling fonts to functions,
 * no font faces or system fonts are loaded, nothing is fetched (no URLs given; missing standard
 * font data only lowers glyph accuracy, not text extraction), and XFA is off. In Node pdf.js runs
 * in this thread ("fake worker"); the time budget is checked between pdf.js's steps, so one
 * pathological step can overrun it, but no loop of ours runs unbounded.
 */
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from "unpdf/pdfjs";

export const MAX_PDF_PAGES = 50;
export const PDF_TIME_BUDGET_MS = 15_000;
/** Characters of text kept per page; a page of a manual has a few thousand. */
export const MAX_PAGE_TEXT = 50_000;

// pdf.js AnnotationType.FILEATTACHMENT (src/shared/util.js).
const FILE_ATTACHMENT_ANNOTATION = 17;

export type PdfReadFailure = "encrypted" | "unreadable" | "too-many-pages" | "too-complex";

export type PdfReadResult =
  | { ok: true; pageCount: number; pages: string[]; javaScript: boolean; embeddedFiles: boolean; encrypted: boolean }
  | { ok: false; failure: PdfReadFailure; pageCount?: number };

class BudgetExceeded extends Error {}

function nonEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

async function pageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<{ text: string; javaScript: boolean; embeddedFiles: boolean }> {
  const page = await pdf.getPage(pageNumber);
  try {
    const [content, annotations, actions] = await Promise.all([page.getTextContent(), page.getAnnotations(), page.getJSActions()]);
    let text = "";
    for (const item of content.items) {
      if (!("str" in item)) continue; // marked-content boundaries
      text += item.str + (item.hasEOL ? "\n" : "");
      if (text.length > MAX_PAGE_TEXT) break;
    }
    // Annotations come back as plain data; `actions` holds the JavaScript of form fields and links.
    const annotationList = annotations as Array<{ annotationType?: number; actions?: unknown }>;
    return {
      text: text.slice(0, MAX_PAGE_TEXT),
      javaScript: nonEmpty(actions) || annotationList.some((annotation) => nonEmpty(annotation.actions)),
      embeddedFiles: annotationList.some((annotation) => annotation.annotationType === FILE_ATTACHMENT_ANNOTATION),
    };
  } finally {
    page.cleanup();
  }
}

async function read(pdf: PDFDocumentProxy, deadline: number): Promise<PdfReadResult> {
  const check = () => {
    if (Date.now() > deadline) throw new BudgetExceeded();
  };
  const pageCount = pdf.numPages;
  if (pageCount > MAX_PDF_PAGES) return { ok: false, failure: "too-many-pages", pageCount };
  if (pageCount < 1) return { ok: false, failure: "unreadable" };
  const [jsActions, attachments, permissions] = await Promise.all([pdf.getJSActions(), pdf.getAttachments(), pdf.getPermissions()]);
  const result = {
    ok: true as const,
    pageCount,
    pages: [] as string[],
    javaScript: nonEmpty(jsActions),
    embeddedFiles: nonEmpty(attachments),
    // pdf.js reports permissions only for an encrypted file (they live in the /Encrypt dictionary).
    encrypted: permissions !== null,
  };
  for (let pageNumber = 1; pageNumber <= pageCount; pageNumber += 1) {
    check();
    const page = await pageText(pdf, pageNumber);
    result.pages.push(page.text);
    result.javaScript ||= page.javaScript;
    result.embeddedFiles ||= page.embeddedFiles;
  }
  check();
  return result;
}

/** Reads `bytes` (not modified: pdf.js gets a copy, as it may take ownership of its buffer). */
export async function readPdf(bytes: Uint8Array, budgetMs = PDF_TIME_BUDGET_MS): Promise<PdfReadResult> {
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceeded()), budgetMs);
  });
  try {
    const pdf = await Promise.race([task.promise, timeout]);
    return await Promise.race([read(pdf, Date.now() + budgetMs), timeout]);
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, failure: "too-complex" };
    if (error instanceof Error && error.name === "PasswordException") return { ok: false, failure: "encrypted" };
    return { ok: false, failure: "unreadable" };
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}
