/** Why an XLIFF file cannot be imported; each code has a message `workflow:xliff.problems.<code>`. */
export const XLIFF_PROBLEM_CODES = [
  /** Not well-formed XML, or a DOCTYPE (refused: entity expansion). */
  "malformed-xml",
  /** Larger than MAX_XLIFF_BYTES. */
  "too-large",
  /** Nested deeper, or with more elements, than any real file (see xml-shape.ts): refused unparsed. */
  "too-complex",
  /** Well-formed, but not an XLIFF 2.x document. */
  "not-xliff-2",
  "wrong-template",
  "wrong-version",
  /** srcLang is not the source locale, or trgLang is not one the importer may fill. */
  "wrong-locale",
  /** A unit of the source has no unit in the file. */
  "missing-unit",
  /** The file has a unit the source does not have. */
  "unknown-unit",
  /** Two units with the same id. */
  "duplicate-unit",
  /** The source text of a unit differs from the source now: the file was exported before a change. */
  "source-changed",
  "missing-placeholder",
  "extra-placeholder",
  /** Inline markup the import cannot map back (an unknown code, an element XLIFF does not allow there). */
  "invalid-inline",
  /** A unit without a translation. */
  "empty-target",
  /** The rebuilt document was refused by the normaliser (e.g. too large). */
  "invalid-document",
] as const;
export type XliffProblemCode = (typeof XLIFF_PROBLEM_CODES)[number];

export interface XliffProblem {
  code: XliffProblemCode;
  unitId?: string;
  messageKey: string;
  params: Record<string, string | number>;
}

/** Messages more precise than their code's, e.g. malformed-xml because of a DOCTYPE. */
export const XLIFF_PROBLEM_DETAILS = ["doctype", "unknown-code"] as const;
export type XliffProblemDetail = (typeof XLIFF_PROBLEM_DETAILS)[number];

export function xliffProblem(
  code: XliffProblemCode,
  params: Record<string, string | number> = {},
  unitId?: string,
  detail?: XliffProblemDetail,
): XliffProblem {
  return {
    code,
    ...(unitId !== undefined ? { unitId } : {}),
    messageKey: `workflow:xliff.problems.${detail ?? code}`,
    params: unitId !== undefined ? { unitId, ...params } : params,
  };
}
