/**
 * Why a TMX file cannot be imported. Each code has a message `memory:tmx.problems.<code>` in every
 * UI language; a problem of one translation unit is shown through `memory:tmx.problemAt` (or
 * `problemAt_id` when the unit has a tuid), which nests the code's message, so the sentence is
 * whole in the locale file and never glued together in code.
 */
export const TMX_PROBLEM_CODES = [
  /** Larger than MAX_TMX_BYTES. */
  "too-large",
  /** Nested deeper, or with more elements, than any real file: refused unparsed (see xml-shape.ts). */
  "too-complex",
  /** Not well-formed XML, or bytes that are not UTF-8/UTF-16. */
  "malformed-xml",
  /** A document type declaration: refused for safety (entity expansion). */
  "doctype",
  /** Well-formed XML whose root is not `<tmx>`. */
  "not-tmx",
  /** A `<tmx>` of a version other than 1.4 / 1.4b. */
  "wrong-version",
  "missing-header",
  "missing-body",
  /** A creationdate that is not `YYYYMMDDThhmmssZ`. */
  "invalid-date",
  /** Neither the tu nor the header names one source language (the header says `*all*` or nothing). */
  "no-source-language",
  /** A `<tuv>` without xml:lang (or lang). */
  "missing-language",
  /** A language that is not one of the allowed locales. */
  "unknown-locale",
  /** No `<tuv>` in the source language. */
  "missing-source",
  /** More than one `<tuv>` in the source language: which one is the source would be a guess. */
  "duplicate-source",
  /** Only the source `<tuv>`: nothing to learn. */
  "missing-target",
  /** A `<seg>` (or a `<tuv>` without one) with no text and no placeholder. */
  "empty-segment",
  /** A placeholder token whose name is not in the placeholder catalogue. */
  "unknown-placeholder",
  /** A `<ph>` or `<bpt>` that is neither a placeholder, a line break, bold, italic nor a link. */
  "unknown-code",
  /** A `<bpt>` without its `<ept>` (same `i`), or the other way round. */
  "unpaired-tag",
  /** A link whose address is not an http(s) URL (javascript:, data:, relative, …). */
  "unsafe-link",
  /** `<hi>`, `<it>`, `<ut>` or another element the memory cannot represent. */
  "unsupported-inline",
] as const;
export type TmxProblemCode = (typeof TMX_PROBLEM_CODES)[number];

export interface TmxProblem {
  code: TmxProblemCode;
  params: Record<string, string | number>;
  /** 1-based position of the `<tu>` among the body's, when the problem is in one. */
  tu?: number;
  /** The `<tu>`'s tuid, when it has one: what the translator's tool shows. */
  tuid?: string;
}

export function tmxProblem(code: TmxProblemCode, params: Record<string, string | number> = {}, at?: { tu: number; tuid?: string }): TmxProblem {
  return {
    code,
    params,
    ...(at ? { tu: at.tu } : {}),
    ...(at?.tuid !== undefined ? { tuid: at.tuid } : {}),
  };
}

export interface TmxProblemMessage {
  /** An i18next key with its namespace, e.g. `memory:tmx.problems.too-large`. */
  key: string;
  params: Record<string, string | number>;
}

/**
 * The message to show for a problem: `t(message.key, message.params)`. A unit's problem uses the
 * `problemAt` sentence, which nests the code's message through `$t(…{{code}})` with the same params.
 */
export function tmxProblemMessage(problem: TmxProblem): TmxProblemMessage {
  if (problem.tu === undefined) return { key: `memory:tmx.problems.${problem.code}`, params: problem.params };
  const params = { ...problem.params, code: problem.code, tu: problem.tu };
  if (problem.tuid === undefined) return { key: "memory:tmx.problemAt", params };
  return { key: "memory:tmx.problemAt_id", params: { ...params, tuid: problem.tuid } };
}
