import { PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { inspectFile, type InspectResult } from "./inspect";
import { readPdf } from "./pdf-read";
import { scanPdf } from "./pdf-scan";
import { attachmentRulesFor } from "./rules";
import { addEmbeddedFile, addEncryption, addNamesTreeJavaScript, addOpenActionJavaScript, concat, gif, jpeg, pdfWithPages, png } from "./testing/files";

const rules = attachmentRulesFor("warranty")!;
const inspect = (name: string, declaredType: string, bytes: Uint8Array) => inspectFile({ name, declaredType, bytes, rules });
const codes = (result: InspectResult) => (result.ok ? [] : result.problems.map((problem) => problem.code));
const ascii = (text: string) => new TextEncoder().encode(text);

describe("inspectFile: files that pass", () => {
  it("a clean one-page PDF passes with its text, page count, size and SHA-256", async () => {
    const bytes = await pdfWithPages(["Warranty card\nYour kettle is covered for two years from delivery."]);
    const result = await inspect("  Warranty card.pdf ", "application/pdf", bytes);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.file).toMatchObject({ name: "Warranty card.pdf", contentType: "application/pdf", size: bytes.length, pageCount: 1 });
    expect(result.file.pages[0]).toContain("covered for two years");
    expect(result.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const other = await inspect("b.pdf", "application/pdf", await pdfWithPages(["Another card"]));
    expect(other.ok && other.file.sha256).not.toBe(result.file.sha256);
  });

  it("extracts the text of every page, in order", async () => {
    const result = await inspect("manual.pdf", "application/pdf", await pdfWithPages(["First page", "Second page", "Third page"], { objectStreams: false }));
    expect(result.ok && result.file.pages.map((page) => page.trim())).toEqual(["First page", "Second page", "Third page"]);
  });

  it.each([
    ["card.png", "image/png", png()],
    ["card.jpg", "image/jpeg", jpeg()],
    ["card.JPEG", "image/jpg", jpeg()],
    ["card.gif", "image/gif", gif()],
    ["card.png", "", png()],
  ])("a clean image %s (%s) passes with pageCount 1 and no text", async (name, type, bytes) => {
    const result = await inspect(name, type, bytes);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.ok && [result.file.pageCount, result.file.pages]).toEqual([1, []]);
  });
});

describe("inspectFile: refused files", () => {
  it("an empty file", async () => {
    expect(codes(await inspect("a.pdf", "application/pdf", new Uint8Array()))).toEqual(["empty"]);
  });

  it("an oversize file, with its size and the limit", async () => {
    const bytes = new Uint8Array(rules.maxBytes + 1);
    bytes.set(await pdfWithPages(["x"]));
    const result = await inspect("big.pdf", "application/pdf", bytes);
    expect(result).toEqual({ ok: false, problems: [{ code: "too-large", params: { size: rules.maxBytes + 1, max: rules.maxBytes, sizeMb: 10, maxMb: 10 } }] });
  });

  it.each([
    ["../../etc/warranty.pdf", ["name-path", "name-dot-segment"]],
    ["C:\\Users\\me\\warranty.pdf", ["name-path", "name-reserved-characters"]],
    ["warranty\u0000.pdf", ["name-control-characters"]],
    ["warr\u0007anty.pdf", ["name-control-characters"]],
    ["warranty\u202Efdp.pdf", ["name-bidi-characters"]],
    ["CON.pdf", ["name-reserved-device"]],
    ["lpt1", ["name-reserved-device", "name-no-extension"]],
    ["warranty", ["name-no-extension"]],
    ["   ", ["name-empty"]],
    [`${"a".repeat(117)}.pdf`, ["name-too-long"]],
  ])("the name %j", async (name, expected) => {
    const result = await inspect(name, "application/pdf", await pdfWithPages(["Warranty"]));
    expect(codes(result)).toEqual(expect.arrayContaining(expected));
    expect(codes(result).filter((code) => code.startsWith("name-")).sort()).toEqual([...expected].sort());
  });

  it("accepts a name of exactly 120 characters", async () => {
    expect((await inspect(`${"a".repeat(116)}.pdf`, "application/pdf", await pdfWithPages(["Warranty"]))).ok).toBe(true);
  });

  it("a PNG renamed .pdf and declared as PDF", async () => {
    const result = await inspect("warranty.pdf", "application/pdf", png());
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: "content-mismatch", params: { declared: "application/pdf", detected: "image/png" } },
        { code: "extension-mismatch", params: { extension: "pdf", type: "image/png" } },
      ],
    });
  });

  it("a PNG declared as PNG but named .pdf", async () => {
    expect(codes(await inspect("warranty.pdf", "image/png", png()))).toEqual(["extension-mismatch"]);
  });

  it("HTML declared as application/pdf, even with a PDF header further in", async () => {
    const html = ascii("<!doctype html><html><script>alert(1)</script></html>\n%PDF-1.7\n");
    expect(codes(await inspect("warranty.pdf", "application/pdf", concat(html, await pdfWithPages(["x"]))))).toEqual(["content-mismatch"]);
  });

  it("a type that is not accepted", async () => {
    expect(codes(await inspect("notes.txt", "text/plain", ascii("hello")))).toEqual(["type-not-accepted"]);
    expect(codes(await inspect("archive.zip", "application/zip", ascii("PK\u0003\u0004rest")))).toEqual(["type-not-accepted"]);
  });

  it("polyglots: a PNG with a ZIP appended, a PDF with data after %%EOF, a PDF with a script near its start", async () => {
    expect(codes(await inspect("card.png", "image/png", concat(png(), ascii("PK\u0003\u0004zip"))))).toEqual(["polyglot"]);
    expect(codes(await inspect("card.pdf", "application/pdf", concat(await pdfWithPages(["x"]), ascii("<html>payload</html>"))))).toEqual(["polyglot"]);
    const pdf = await pdfWithPages(["x"], { objectStreams: false });
    const withScript = concat(pdf.subarray(0, 9), ascii("%<script>alert(1)</script>\n"), pdf.subarray(9));
    expect(codes(await inspect("card.pdf", "application/pdf", withScript))).toContain("polyglot");
  });

  it("an image whose header cannot be read", async () => {
    expect(codes(await inspect("card.png", "image/png", png().subarray(0, 20)))).toEqual(["image-unreadable"]);
    expect(codes(await inspect("card.jpg", "image/jpeg", jpeg().subarray(0, 8)))).toEqual(["image-unreadable"]);
    expect(codes(await inspect("card.png", "image/png", png(0, 2)))).toEqual(["image-unreadable"]);
  });

  it("a truncated PDF", async () => {
    const bytes = await pdfWithPages(["Warranty card", "Page two"]);
    expect(codes(await inspect("card.pdf", "application/pdf", bytes.subarray(0, Math.floor(bytes.length * 0.6))))).toContain("pdf-unreadable");
    expect(codes(await inspect("card.pdf", "application/pdf", ascii("%PDF-1.7\ngarbage\n%%EOF")))).toContain("pdf-unreadable");
  });

  it("an encrypted PDF (a Standard security handler, as with an empty user password)", async () => {
    const bytes = await pdfWithPages(["Warranty"], { objectStreams: false, edit: addEncryption });
    expect(codes(await inspect("card.pdf", "application/pdf", bytes))).toEqual(["pdf-encrypted"]);
    // pdf.js on its own refuses it too (wrong password check) or reports it encrypted.
    expect(await readPdf(bytes)).not.toMatchObject({ ok: true, encrypted: false });
  });

  it("an /Encrypt name spelt with #xx escapes is still found by the raw scan", async () => {
    const bytes = ascii("%PDF-1.7\n1 0 obj << /Encr#79pt 2 0 R >> endobj\nstartxref\n0\n%%EOF\n");
    expect((await scanPdf(bytes)).encrypted).toBe(true);
  });

  it.each([
    ["OpenAction JavaScript, object streams", addOpenActionJavaScript, true],
    ["OpenAction JavaScript, plain objects", addOpenActionJavaScript, false],
    ["names-tree JavaScript, object streams", addNamesTreeJavaScript, true],
    ["names-tree JavaScript, plain objects", addNamesTreeJavaScript, false],
  ])("a PDF with %s", async (_, add, objectStreams) => {
    const bytes = await pdfWithPages(["Warranty"], { objectStreams, edit: add });
    expect(codes(await inspect("card.pdf", "application/pdf", bytes))).toEqual(["pdf-javascript"]);
    // Both layers see it on their own: the raw scan (inflating object streams) and pdf.js.
    expect((await scanPdf(bytes)).javaScript).toBe(true);
    expect(await readPdf(bytes)).toMatchObject({ ok: true, javaScript: true });
  });

  it.each([true, false])("a PDF with an embedded file (object streams: %s)", async (objectStreams) => {
    const bytes = await pdfWithPages(["Warranty"], { objectStreams, edit: addEmbeddedFile });
    expect(codes(await inspect("card.pdf", "application/pdf", bytes))).toEqual(["pdf-embedded-files"]);
    expect((await scanPdf(bytes)).embeddedFiles).toBe(true);
    expect(await readPdf(bytes)).toMatchObject({ ok: true, embeddedFiles: true });
  });

  it("a PDF with a Launch action", async () => {
    const bytes = await pdfWithPages(["Warranty"], {
      edit: (doc) => doc.catalog.set(PDFName.of("OpenAction"), doc.context.register(doc.context.obj({ S: "Launch", F: "calc.exe" }))),
    });
    expect(codes(await inspect("card.pdf", "application/pdf", bytes))).toEqual(["pdf-javascript"]);
  });

  it("a PDF with more pages than the limit", async () => {
    const bytes = await pdfWithPages(Array.from({ length: 51 }, (_, i) => `Page ${i + 1}`));
    expect((await inspect("manual.pdf", "application/pdf", bytes)) as unknown).toEqual({ ok: false, problems: [{ code: "pdf-too-many-pages", params: { pages: 51, max: 50 } }] });
  });

  it("reports every problem at once", async () => {
    const bytes = await pdfWithPages(["Warranty"], { edit: addOpenActionJavaScript });
    expect(codes(await inspect("../warranty\u202E.png", "application/pdf", bytes)).sort()).toEqual(
      ["extension-mismatch", "name-bidi-characters", "name-dot-segment", "name-path", "pdf-javascript"].sort(),
    );
  });
});
