/**
 * Why a glossary file (TBX-Basic or CSV) cannot be imported. Each code has a message
 * `common:policySettings.glossary.file.problems.<code>` in every UI language; a problem of one entry
 * or one CSV line is shown through `…file.problemAtEntry` / `…file.problemAtLine`, which nest the
 * code's message, so the sentence is whole in the locale file. `policy` nests one of the settings
 * form's own messages (`policy:orgPolicy.errors.<reason>`), `invalid` one of the studio's field
 * messages (`common:validation.<reason>`): a file is refused for the same reasons the form is.
 */
export const GLOSSARY_FILE_PROBLEM_CODES = [
  "too-large",
  "too-complex",
  "malformed-xml",
  "doctype",
  "not-tbx",
  "encoding",
  "empty-file",
  "too-many-entries",
  "csv-header",
  "csv-ragged",
  "csv-quote",
  "note-differs",
  "missing-term",
  "missing-source",
  "multiple-terms",
  "unknown-language",
  "unknown-status",
  "duplicate-language",
  "duplicate-term",
  "term-too-long",
  "note-too-long",
  "translation-too-long",
  "too-many-translations",
  "policy",
  "policy-translation",
  "invalid",
] as const;
export type GlossaryFileProblemCode = (typeof GLOSSARY_FILE_PROBLEM_CODES)[number];

/** Where in the file: the 1-based `<termEntry>` (with its id when it has one), or the CSV line. */
export interface GlossaryFileAt {
  entry?: number;
  id?: string;
  line?: number;
}

export interface GlossaryFileProblem extends GlossaryFileAt {
  code: GlossaryFileProblemCode;
  params: Record<string, string | number>;
}

export function glossaryFileProblem(code: GlossaryFileProblemCode, params: Record<string, string | number> = {}, at: GlossaryFileAt = {}): GlossaryFileProblem {
  return { code, params, ...at };
}

const BASE = "common:policySettings.glossary.file";

/** The message to show: `t(message.key, message.params)`. */
export function glossaryFileProblemMessage(problem: GlossaryFileProblem): { key: string; params: Record<string, string | number> } {
  const params = { ...problem.params, code: problem.code };
  if (problem.line !== undefined) return { key: `${BASE}.problemAtLine`, params: { ...params, line: problem.line } };
  if (problem.entry === undefined) return { key: `${BASE}.problems.${problem.code}`, params: problem.params };
  if (problem.id === undefined) return { key: `${BASE}.problemAtEntry`, params: { ...params, entry: problem.entry } };
  return { key: `${BASE}.problemAtEntry_id`, params: { ...params, entry: problem.entry, id: problem.id } };
}
