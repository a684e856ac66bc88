/**
 * `permitted normalize FILE [--format html|json]`: prints a template file as Permitted stores it.
 * FILE is HTML (.html/.htm, the default), plain text (.txt) or a stored document (.json).
 * html prints the schema's HTML (placeholders as `<span data-placeholder>` chips, which parse back);
 * json prints `{ doc, changes, unknownPlaceholders }`. What was removed goes to stderr in html mode.
 * Exit 0 on success, 2 on bad usage, an unreadable file or a document that cannot be stored.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DocumentRejectedError, normalizeDocument, normalizeText, type NormalizeResult } from "@/lib/editor/normalize";
import { documentToHtml } from "@/lib/editor/schema-html";
import { tFor } from "@/lib/i18n/server";
import { isUiLanguage, DEFAULT_UI_LANGUAGE, type UiLanguage } from "@/lib/i18n/settings";

const USAGE = "Usage: permitted normalize FILE.html|FILE.txt|FILE.json [--format html|json]\n";
const FORMATS = ["html", "json"] as const;
type Format = (typeof FORMATS)[number];

function parseArgs(args: string[]): { file: string; format: Format } | string {
  let file: string | undefined;
  let format: Format = "html";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg === "--format" ? args[++i] : arg.startsWith("--format=") ? arg.slice("--format=".length) : undefined;
    if (arg === "--format" || arg.startsWith("--format=")) {
      if (!FORMATS.includes(value as Format)) return `unknown format "${value ?? ""}"`;
      format = value as Format;
    } else if (arg.startsWith("-")) {
      return `unknown option "${arg}"`;
    } else if (file) {
      return "only one FILE at a time";
    } else {
      file = arg;
    }
  }
  return file ? { file, format } : "FILE is missing";
}

function uiLanguage(): UiLanguage {
  const lang = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "").slice(0, 2).toLowerCase();
  return isUiLanguage(lang) ? lang : DEFAULT_UI_LANGUAGE;
}

function normalizeFile(file: string, content: string): NormalizeResult {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".txt") return normalizeText(content);
  if (extension === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      throw new DocumentRejectedError("not-a-document");
    }
    return normalizeDocument({ json });
  }
  return normalizeDocument({ html: content });
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`permitted normalize: ${parsed}\n${USAGE}`);
    return 2;
  }
  let content: string;
  try {
    content = await readFile(parsed.file, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    process.stderr.write(`permitted normalize: cannot read ${parsed.file} (${reason})\n`);
    return 2;
  }
  const t = tFor(uiLanguage(), "editor");
  let result: NormalizeResult;
  try {
    result = normalizeFile(parsed.file, content);
  } catch (error) {
    if (!(error instanceof DocumentRejectedError)) throw error;
    process.stderr.write(`permitted normalize: ${parsed.file}: ${t(error.messageKey, { ...error.params })}\n`);
    return 2;
  }
  if (parsed.format === "json") {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(`${documentToHtml(result.doc)}\n`);
    for (const change of result.changes) {
      process.stderr.write(`${t(change.messageKey, { count: change.count, ...change.params })}\n`);
    }
  }
  return 0;
}
