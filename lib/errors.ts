/**
 * Errors that reach users: a stable code, an HTTP status and an i18n key (common namespace,
 * "errors.<code>"). Anything else is an internal error, logged and shown as a safe generic message.
 */
export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  /** Signed in, but the account's email address is not verified yet. */
  | "unverified"
  /** The organisation requires a second factor of this member's roles, and the session has none. */
  | "second_factor_required"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "payload_too_large"
  | "unprocessable"
  | "throttled"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  unverified: 403,
  second_factor_required: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  throttled: 429,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    /** i18n key for the message; defaults to common:errors.<code>. */
    readonly messageKey: string = `errors.${code}`,
    readonly params: Record<string, unknown> = {},
    /** Field-level problems, e.g. from zod: field path → i18n key. */
    readonly fields: Record<string, string> = {},
  ) {
    super(code);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}
