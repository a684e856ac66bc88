/**
 * Why a file is refused. Codes are stable (stored with audit events, used as i18n keys
 * attachments:problems.<code>); params fill the message (sizes in bytes, the caller formats them).
 */
export const ATTACHMENT_PROBLEM_CODES = [
  "empty",
  "too-large",
  "name-empty",
  "name-too-long",
  "name-path",
  "name-dot-segment",
  "name-control-characters",
  "name-bidi-characters",
  "name-reserved-characters",
  "name-reserved-device",
  "name-no-extension",
  "extension-mismatch",
  "content-mismatch",
  "type-not-accepted",
  "polyglot",
  "pdf-unreadable",
  "pdf-encrypted",
  "pdf-javascript",
  "pdf-embedded-files",
  "pdf-too-many-pages",
  "pdf-too-complex",
  "image-unreadable",
] as const;

export type AttachmentProblemCode = (typeof ATTACHMENT_PROBLEM_CODES)[number];

export interface AttachmentProblem {
  code: AttachmentProblemCode;
  params?: Record<string, string | number>;
}

/** Adds a problem once per code (several checks may find the same thing). */
export class ProblemList {
  readonly problems: AttachmentProblem[] = [];

  add(code: AttachmentProblemCode, params?: AttachmentProblem["params"]): void {
    if (this.problems.some((problem) => problem.code === code)) return;
    this.problems.push(params ? { code, params } : { code });
  }

  has(code: AttachmentProblemCode): boolean {
    return this.problems.some((problem) => problem.code === code);
  }
}
