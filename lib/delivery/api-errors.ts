/**
 * The delivery API's error codes: stable strings that clients branch on, each with its HTTP status.
 * The human message is an i18n key in the "delivery" namespace (errors.<code>), so that the codes,
 * the statuses, the OpenAPI document and the messages all come from this one table.
 */
export const API_ERROR_STATUS = {
  invalid_json: 400,
  invalid_request: 400,
  missing_api_key: 401,
  invalid_api_key: 401,
  revoked_api_key: 401,
  not_found: 404,
  method_not_allowed: 405,
  link_expired: 410,
  idempotency_conflict: 409,
  payload_too_large: 413,
  invalid_locale: 422,
  no_variant_for_language: 422,
  invalid_order_id: 422,
  missing_placeholder: 422,
  invalid_placeholder_value: 422,
  text_too_long: 422,
  invalid_attachment: 422,
  outside_review_window: 422,
  already_requested: 422,
  content_mismatch: 422,
  template_paused: 423,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, number>;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as ApiErrorCode[];

/** Machine-readable facts about an error (e.g. the template's locales), sent as error.details. */
export type ApiErrorDetails = Record<string, unknown>;

/**
 * An error the API reports to the client as it is. `params` fill the message; `details` go out
 * verbatim; `messageKey` overrides errors.<code> where one code has several explanations.
 */
export class ApiError extends Error {
  readonly name = "ApiError";
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly details?: ApiErrorDetails,
    readonly messageKey: string = `errors.${code}`,
  ) {
    super(code);
    this.status = API_ERROR_STATUS[code];
  }
}

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === "string" && Object.hasOwn(API_ERROR_STATUS, value);
}
