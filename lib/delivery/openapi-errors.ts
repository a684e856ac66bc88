/**
 * The error responses of the OpenAPI document: per status, every error code it carries with a
 * description and an example whose message is the real one (the "delivery" namespace).
 */
import { API_ERROR_STATUS, type ApiErrorCode } from "./api-errors";
import type { JsonObject, OpenApiResponse } from "./openapi-types";
import type { Translate } from "./render";
import { MAX_RENDER_BODY_BYTES } from "./render-request";
import { REVIEW_WINDOW_DAYS } from "./review-window";

/** Example parameters and details per error code, for messages that read like the real ones. */
const ERROR_EXAMPLES: Record<ApiErrorCode, { params?: Record<string, unknown>; details?: JsonObject; messageKey?: string }> = {
  invalid_json: {},
  invalid_request: {
    params: { fields: ["order.buyer_name"], where: "body" },
    details: { issues: [{ field: "order.buyer_name", problem: "invalid_type", message: "Invalid input: expected string, received number" }] },
    messageKey: "errors.invalid_request_body",
  },
  missing_api_key: {},
  invalid_api_key: {},
  revoked_api_key: { params: { prefix: "pmt_Xq3v9Lk2" } },
  not_found: { params: { key: "no-such-template" }, details: { key: "no-such-template" }, messageKey: "errors.template_not_found" },
  method_not_allowed: { params: { allowed: "POST" }, details: { allowed: ["POST"] } },
  link_expired: {},
  invalid_attachment: { params: { problems: "extension-mismatch", maxMb: 10 }, details: { problems: ["extension-mismatch"] } },
  payload_too_large: { params: { limit: MAX_RENDER_BODY_BYTES }, details: { limit: MAX_RENDER_BODY_BYTES } },
  invalid_locale: { params: { requested: "german" }, details: { requested: "german" } },
  no_variant_for_language: {
    params: { requested: "ja-JP", available: ["de-DE", "en-US", "fr-FR"] },
    details: { requested: "ja-JP", available: ["de-DE", "en-US", "fr-FR"] },
  },
  invalid_order_id: { details: { field: "order.order_id" } },
  missing_placeholder: { params: { missing: ["buyer_name", "delivery_window_end"] }, details: { missing: ["buyer_name", "delivery_window_end"] } },
  invalid_placeholder_value: {
    params: { invalid: ["delivery_window_start"] },
    details: { invalid: [{ name: "delivery_window_start", format: "date" }] },
  },
  text_too_long: { params: { length: 2043, limit: 2000 }, details: { length: 2043, limit: 2000 } },
  outside_review_window: {
    params: { days: 2.5, ...REVIEW_WINDOW_DAYS },
    details: { reason: "too_early", daysSinceDelivery: 2.5, window: { ...REVIEW_WINDOW_DAYS } },
    messageKey: "errors.outside_review_window_too_early",
  },
  already_requested: { params: { count: 1 }, details: { previousRequests: 1 } },
  idempotency_conflict: { params: { key: "send-303-1234567-1234567" }, details: { idempotencyKey: "send-303-1234567-1234567" } },
  content_mismatch: { params: { template: "delivery-appointment", version: 3, locale: "de-DE" }, details: { locales: ["de-DE", "en-US", "fr-FR"] } },
  template_paused: {
    params: { key: "delivery-appointment", outcome: "blocked" },
    details: { scope: "template", pausedAt: "2025-03-21T10:15:00.000Z", outcome: "blocked" },
  },
  rate_limited: { params: { limit: 600, retryAfter: 42 }, details: { limit: 600, retryAfter: 42 } },
  internal: { params: { requestId: "3f2a9c1e-5b7d-4e0a-9c8b-1d2e3f4a5b6c" } },
};

export function exampleError(code: ApiErrorCode, t: Translate): { error: { code: ApiErrorCode; message: string; details?: JsonObject } } {
  const example = ERROR_EXAMPLES[code];
  const message = t(example.messageKey ?? `errors.${code}`, example.params ?? {});
  return { error: { code, message, ...(example.details ? { details: example.details } : {}) } };
}

export function errorResponses(codes: ApiErrorCode[], t: Translate): Record<string, OpenApiResponse> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) byStatus.set(API_ERROR_STATUS[code], [...(byStatus.get(API_ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, group]) => [
      String(status),
      {
        description: group.map((code) => t("openapi.errorCodeLine", { code, description: t(`openapi.errorCodes.${code}`, { ...REVIEW_WINDOW_DAYS }) })).join("\n\n"),
        headers: {
          "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" },
          ...(status === 429 ? { "Retry-After": { $ref: "#/components/headers/Retry-After" } } : {}),
        },
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/Error" },
            examples: Object.fromEntries(group.map((code) => [code, { summary: code, value: exampleError(code, t) }])),
          },
        },
      } satisfies OpenApiResponse,
    ]),
  );
}
