/**
 * CSV as RFC 4180 has it, for files people open in spreadsheets: the audit export and the glossary
 * file. Writing quotes every cell and keeps formulas out; reading takes what spreadsheets write
 * (quoted or bare cells, CRLF or LF, a UTF-8 byte order mark) and reports what RFC 4180 refuses.
 */

/** A cell a spreadsheet would read as a formula: = + - @, a tab or a carriage return first (also full-width). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One cell, always quoted: a spreadsheet that splits on ";" (or tabs) instead of "," must not find a
 * cell boundary inside the text either. A cell starting with = + - @, a tab or a carriage return
 * would be a formula there: a leading apostrophe keeps it text (OWASP's CSV-injection advice).
 */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A cell as csvCell wrote it: the apostrophe it put before a formula character taken off again. */
export function cellText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export interface CsvRecord {
  /** 1-based line of the file the record starts on (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; problem: "unclosed-quote" | "stray-quote"; line: number };

/**
 * The records of a CSV text (RFC 4180: "," between cells, "" for a quote inside a quoted cell).
 * Blank lines are skipped. A quote inside a bare cell, or text after a quoted cell's closing quote,
 * is refused rather than guessed at.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) return { ok: false, problem: "unclosed-quote", line: start };
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (text[i] === "\n") line++;
          cell += text[i++];
        }
        if (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") return { ok: false, problem: "stray-quote", line };
      } else {
        while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
          if (text[i] === '"') return { ok: false, problem: "stray-quote", line };
          cell += text[i++];
        }
      }
      cells.push(cell);
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    // A blank line (or one empty cell alone) is no record.
    if (cells.length > 1 || cells[0] !== "") records.push({ line: start, cells });
  }
  return { ok: true, records };
}
