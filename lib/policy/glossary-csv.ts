/**
 * The glossary as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read non-Latin
 * scripts, CRLF, every cell quoted; lib/csv): a header row, then one row per entry and target
 * language — `term, source_language, note, target_language, status, translation` — so each row
 * stands alone and a spreadsheet may sort or filter them. `status` is preferred, forbidden or
 * do-not-translate (its translation cell is empty: the term is kept as written). Rows with the same
 * term and source language are one entry, wherever they are in the file, and must carry the same
 * note (or none). Problems name the file's line; glossary-import.ts checks the whole.
 */
import { cellText, parseCsv, toCsv } from "@/lib/csv/csv";
import { decodeXmlBytes } from "@/lib/xliff/xml-parse";
import { glossaryFileProblem as problem, type GlossaryFileProblem } from "./glossary-file-problems";
import { fileLanguage, KNOWN_LANGUAGES, MAX_GLOSSARY_FILE_BYTES, validateGlossaryEntries, type GlossaryFileResult, type RawGlossaryEntry } from "./glossary-import";
import { GLOSSARY_STATUSES, ORG_LIMITS, type GlossaryEntry, type GlossaryStatus } from "./org-policy";

export const GLOSSARY_CSV_HEADER = ["term", "source_language", "note", "target_language", "status", "translation"] as const;

/** The CSV text; the same entries always give the same bytes. */
export function exportGlossaryCsv(entries: readonly GlossaryEntry[]): string {
  const rows = entries.flatMap((entry) =>
    Object.entries(entry.translations).map(([language, translation]) => [entry.term, entry.sourceLanguage, entry.note, language, translation.status, translation.text]),
  );
  return `\uFEFF${toCsv([...GLOSSARY_CSV_HEADER], rows)}`;
}

const isStatus = (value: string): value is GlossaryStatus => (GLOSSARY_STATUSES as readonly string[]).includes(value);

/** `file`: the CSV text, or the uploaded bytes (UTF-8, or UTF-16 with a byte order mark). */
export function importGlossaryCsv(file: string | Uint8Array): GlossaryFileResult {
  const failed = (p: GlossaryFileProblem): GlossaryFileResult => ({ ok: false, problems: [p] });
  const bytes = typeof file === "string" ? Buffer.byteLength(file, "utf8") : file.byteLength;
  if (bytes > MAX_GLOSSARY_FILE_BYTES) return failed(problem("too-large", { bytes, limit: MAX_GLOSSARY_FILE_BYTES }));
  const text = typeof file === "string" ? file : decodeXmlBytes(file);
  if (text === null) return failed(problem("encoding"));
  const parsed = parseCsv(text);
  if (!parsed.ok) return failed(problem("csv-quote", {}, { line: parsed.line }));
  const [header, ...records] = parsed.records;
  const expected = GLOSSARY_CSV_HEADER.join(",");
  const found = header?.cells.map((cell) => cell.trim().toLowerCase()).join(",") ?? "";
  if (found !== expected) return failed(problem("csv-header", { expected, found }, { line: header?.line ?? 1 }));

  const problems: GlossaryFileProblem[] = [];
  const entries = new Map<string, RawGlossaryEntry>();
  for (const { line, cells } of records) {
    if (cells.length !== GLOSSARY_CSV_HEADER.length) {
      problems.push(problem("csv-ragged", { count: cells.length, expected: GLOSSARY_CSV_HEADER.length }, { line }));
      continue;
    }
    const [term, sourceTag, note, targetTag, status, translation] = cells.map(cellText);
    const before = problems.length;
    const language = (tag: string) => {
      const code = fileLanguage(tag.trim());
      if (!code) problems.push(problem("unknown-language", { language: tag.trim(), known: KNOWN_LANGUAGES }, { line }));
      return code ?? "";
    };
    const sourceLanguage = language(sourceTag);
    const targetLanguage = language(targetTag);
    const statusValue = status.trim().toLowerCase();
    if (!isStatus(statusValue)) problems.push(problem("unknown-status", { status: status.trim(), language: targetTag.trim(), known: GLOSSARY_STATUSES.join(", ") }, { line }));
    if (problems.length > before || !isStatus(statusValue)) continue;
    const key = `${sourceLanguage}\u0000${term.trim()}`;
    let entry = entries.get(key);
    if (!entry) {
      if (entries.size >= ORG_LIMITS.glossaryEntries) return failed(problem("too-many-entries", { count: entries.size + 1, limit: ORG_LIMITS.glossaryEntries }));
      entry = { at: { line }, term, sourceLanguage, note, translations: [] };
      entries.set(key, entry);
    } else if (note.trim() !== "" && note.trim() !== entry.note.trim()) {
      if (entry.note.trim() === "") entry.note = note;
      else problems.push(problem("note-differs", { first: entry.at.line ?? 0 }, { line }));
    }
    entry.translations.push({ language: targetLanguage, status: statusValue, text: statusValue === "do-not-translate" ? "" : translation, at: { line } });
  }
  return validateGlossaryEntries([...entries.values()], problems);
}
