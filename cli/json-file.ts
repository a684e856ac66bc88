import { readFile } from "node:fs/promises";

export type JsonFileResult = { ok: true; value: unknown } | { ok: false; problem: "unreadable" | "not-json"; reason: string };

/** A file's JSON (UTF-8, a leading BOM allowed), or why it could not be read or parsed. */
export async function readJsonFile(file: string): Promise<JsonFileResult> {
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file)).replace(/^\uFEFF/, "");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof TypeError ? "not UTF-8 text" : String(error));
    return { ok: false, problem: "unreadable", reason };
  }
  try {
    return { ok: true, value: JSON.parse(content) };
  } catch (error) {
    return { ok: false, problem: "not-json", reason: error instanceof Error ? error.message : String(error) };
  }
}
