/**
 * The OpenAPI 3.1 document of the delivery API. Request and response schemas are generated from the
 * zod schemas the API validates with (render-request.ts, responses.ts), error codes and statuses
 * come from api-errors.ts, examples are rendered by the real renderer (openapi-examples.ts), and
 * every description is an i18n key of the "delivery" namespace, so the studio can show the same
 * document in its UI language.
 */
import { z } from "zod";
import type { ApiErrorCode } from "./api-errors";
import { errorResponses } from "./openapi-errors";
import type { JsonObject, OpenApiDocument, OpenApiParameter } from "./openapi-types";
import {
  EXAMPLE_KEY,
  EXAMPLE_RENDER_REQUEST,
  EXAMPLE_REVIEW_REQUEST,
  exampleRender,
  exampleReviewRender,
  exampleWarrantyRender,
  EXAMPLE_WARRANTY_REQUEST,
  EXAMPLE_OUTCOME_REQUEST,
  EXAMPLE_OUTCOME_RESPONSE,
  EXAMPLE_SEND_REQUEST,
  EXAMPLE_SEND_RESPONSE,
} from "./openapi-examples";
import { renderResponseBody, type Translate } from "./render";
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT, MAX_RENDER_BODY_BYTES, renderRequestSchema } from "./render-request";
import { certificateKeysSchema, errorResponseSchema, outcomeResponseSchema, renderResponseSchema, sendResponseSchema, templateListSchema } from "./responses";
import { MAX_IDEMPOTENCY_KEY_LENGTH, MAX_SEND_BODY_BYTES, outcomeRequestSchema, sendRequestSchema } from "./sends-request";
import { exampleKeySet } from "@/lib/certificates/example";
import { PLACEHOLDER_NAMES } from "@/lib/editor/placeholders";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { REVIEW_WINDOW_DAYS } from "./review-window";
import { attachmentDownloadPath } from "./openapi-attachments";

export type { Translate };
export type { OpenApiDocument, OpenApiExample, OpenApiOperation, OpenApiParameter, OpenApiResponse } from "./openapi-types";
export { exampleError } from "./openapi-errors";

export const API_BASE_PATH = "/api/v1";

/** JSON Schema (2020-12, OpenAPI 3.1's dialect) of a zod schema, without the top-level $schema. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonObject;
  delete generated.$schema;
  return generated;
}

/** Puts descriptions on properties by dotted path ("order.order_id"); throws on a path the schema lacks. */
function describe(schema: JsonObject, descriptions: Record<string, string>): JsonObject {
  for (const [path, description] of Object.entries(descriptions)) {
    let node: JsonObject = schema;
    for (const segment of path.split(".")) {
      const properties = node.properties as Record<string, JsonObject> | undefined;
      const next = properties?.[segment];
      if (!next) throw new Error(`OpenAPI: schema has no property ${path}`);
      node = next;
    }
    node.description = description;
  }
  return schema;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const AUTH_ERRORS: ApiErrorCode[] = ["missing_api_key", "invalid_api_key", "revoked_api_key"];
const RENDER_REFUSALS: ApiErrorCode[] = [
  "invalid_locale",
  "no_variant_for_language",
  "invalid_order_id",
  "outside_review_window",
  "already_requested",
  "missing_placeholder",
  "invalid_placeholder_value",
  "text_too_long",
  "template_paused",
  "invalid_attachment",
];

function renderRequestJsonSchema(t: Translate): JsonObject {
  return describe(jsonSchema(renderRequestSchema, "input"), {
    locale: t("openapi.fields.locale"),
    order: t("openapi.fields.order"),
    ...Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [`order.${name}`, t(`openapi.placeholders.${name}`)])),
    deliveredAt: t("openapi.fields.deliveredAt", REVIEW_WINDOW_DAYS),
    previousRequests: t("openapi.fields.previousRequests"),
    marketplaceId: t("openapi.fields.marketplaceId"),
    invoice: t("openapi.fields.invoice"),
    "invoice.fileName": t("openapi.fields.invoiceFileName"),
    "invoice.contentType": t("openapi.fields.invoiceContentType"),
    "invoice.size": t("openapi.fields.invoiceSize"),
  });
}

function renderResponseJsonSchema(t: Translate): JsonObject {
  return describe(jsonSchema(renderResponseSchema, "output"), {
    template: t("openapi.fields.template"),
    version: t("openapi.fields.version"),
    locale: t("openapi.fields.resolvedLocale"),
    subject: t("openapi.fields.subject"),
    text: t("openapi.fields.text"),
    html: t("openapi.fields.html"),
    spApi: t("openapi.fields.spApi"),
    solicitation: t("openapi.fields.solicitation"),
    notes: t("openapi.fields.notes"),
    attachments: t("openapi.fields.attachments"),
    contentHash: t("openapi.fields.contentHash"),
    certificate: t("openapi.fields.certificate"),
  });
}

function templateListJsonSchema(t: Translate): JsonObject {
  const schema = describe(jsonSchema(templateListSchema, "output"), {
    templates: t("openapi.fields.templates"),
    next: t("openapi.fields.next"),
  });
  describe((schema.properties as Record<string, JsonObject>).templates.items as JsonObject, {
    key: t("openapi.fields.key"),
    name: t("openapi.fields.name"),
    purpose: t("openapi.fields.purpose"),
    version: t("openapi.fields.liveVersion"),
    publishedAt: t("openapi.fields.publishedAt"),
    locales: t("openapi.fields.locales"),
  });
  return schema;
}

export function buildOpenApiDocument(t: Translate): OpenApiDocument {
  const idempotencyKeyParameter: OpenApiParameter = {
    name: "Idempotency-Key",
    in: "header",
    required: true,
    description: t("openapi.sends.idempotencyKey", { max: MAX_IDEMPOTENCY_KEY_LENGTH }),
    schema: { type: "string", minLength: 1, maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
    example: "send-303-1234567-1234567-1",
  };
  const delivery = exampleRender();
  const review = exampleReviewRender();
  const warranty = exampleWarrantyRender();
  const requestIdHeader = { "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" } };
  const rateHeaders = {
    "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
    "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  };
  return {
    openapi: "3.1.0",
    info: { title: t("openapi.title"), version: "1.0.0", description: t("openapi.description") },
    servers: [{ url: API_BASE_PATH, description: t("openapi.server") }],
    security: [{ apiKey: [] }],
    tags: [{ name: "templates", description: t("openapi.tags.templates") }, { name: "sends", description: t("openapi.tags.sends") }, { name: "certificates", description: t("openapi.tags.certificates") }, { name: "meta", description: t("openapi.tags.meta") }],
    paths: {
      "/templates": {
        get: {
          operationId: "listTemplates",
          tags: ["templates"],
          summary: t("openapi.list.summary"),
          description: t("openapi.list.description"),
          parameters: [
            {
              name: "limit",
              in: "query",
              required: false,
              description: t("openapi.list.limit", { max: MAX_LIST_LIMIT, default: DEFAULT_LIST_LIMIT }),
              schema: { type: "integer", minimum: 1, maximum: MAX_LIST_LIMIT, default: DEFAULT_LIST_LIMIT },
            },
            { name: "after", in: "query", required: false, description: t("openapi.list.after"), schema: { type: "string" }, example: EXAMPLE_KEY },
            { name: "If-None-Match", in: "header", required: false, description: t("openapi.ifNoneMatch"), schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: t("openapi.list.ok"),
              headers: { ...requestIdHeader, ...rateHeaders, ETag: { $ref: "#/components/headers/ETag" } },
              content: {
                "application/json": {
                  schema: ref("TemplateList"),
                  examples: {
                    page: {
                      summary: t("openapi.list.example"),
                      value: {
                        templates: [
                          { key: EXAMPLE_KEY, name: "Delivery appointment", purpose: "delivery-scheduling", version: 3, publishedAt: "2025-03-18T14:02:11.000Z", locales: ["de-DE", "en-US", "fr-FR"] },
                          { key: "review-request", name: "Review request", purpose: "review-request", version: 1, publishedAt: "2025-02-27T08:45:00.000Z", locales: ["de-DE", "en-GB", "en-US"] },
                        ],
                        next: null,
                      },
                    },
                  },
                },
              },
            },
            "304": { description: t("openapi.notModified"), headers: { ...requestIdHeader, ETag: { $ref: "#/components/headers/ETag" } } },
            ...errorResponses(["invalid_request", ...AUTH_ERRORS, "rate_limited", "internal"], t),
          },
        },
      },
      "/templates/{key}/render": {
        post: {
          operationId: "renderTemplate",
          tags: ["templates"],
          summary: t("openapi.render.summary"),
          description: t("openapi.render.description", { ...REVIEW_WINDOW_DAYS }),
          parameters: [{ name: "key", in: "path", required: true, description: t("openapi.render.key"), schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 64 }, example: EXAMPLE_KEY }],
          requestBody: {
            required: true,
            description: t("openapi.render.body", { limit: MAX_RENDER_BODY_BYTES }),
            content: {
              "application/json": {
                schema: ref("RenderRequest"),
                examples: {
                  delivery: { summary: t("openapi.render.exampleDelivery"), value: EXAMPLE_RENDER_REQUEST },
                  review: { summary: t("openapi.render.exampleReview"), value: EXAMPLE_REVIEW_REQUEST },
                  warranty: { summary: t("openapi.render.exampleWarranty"), value: EXAMPLE_WARRANTY_REQUEST },
                },
              },
            },
          },
          responses: {
            "200": {
              description: t("openapi.render.ok"),
              headers: { ...requestIdHeader, ...rateHeaders },
              content: {
                "application/json": {
                  schema: ref("RenderResponse"),
                  examples: {
                    delivery: { summary: t("openapi.render.exampleDelivery"), value: renderResponseBody(delivery, t) },
                    review: { summary: t("openapi.render.exampleReview"), value: renderResponseBody(review, t) },
                    warranty: { summary: t("openapi.render.exampleWarranty"), value: renderResponseBody(warranty, t) },
                  },
                },
              },
            },
            ...errorResponses(["invalid_json", "invalid_request", ...AUTH_ERRORS, "not_found", "payload_too_large", ...RENDER_REFUSALS, "rate_limited", "internal"], t),
          },
        },
      },
      "/attachments/{id}": attachmentDownloadPath(t),
      "/sends": {
        post: {
          operationId: "recordSend",
          tags: ["sends"],
          summary: t("openapi.sends.summary"),
          description: t("openapi.sends.description"),
          parameters: [idempotencyKeyParameter],
          requestBody: {
            required: true,
            description: t("openapi.sends.body", { limit: MAX_SEND_BODY_BYTES }),
            content: { "application/json": { schema: ref("SendRequest"), examples: { sent: { summary: t("openapi.sends.example"), value: EXAMPLE_SEND_REQUEST } } } },
          },
          responses: {
            "201": {
              description: t("openapi.sends.created"),
              headers: { ...requestIdHeader, ...rateHeaders },
              content: { "application/json": { schema: ref("SendResponse"), examples: { sent: { summary: t("openapi.sends.example"), value: EXAMPLE_SEND_RESPONSE } } } },
            },
            "200": { description: t("openapi.sends.replayed"), headers: { ...requestIdHeader, ...rateHeaders }, content: { "application/json": { schema: ref("SendResponse") } } },
            ...errorResponses(["invalid_json", "invalid_request", ...AUTH_ERRORS, "not_found", "idempotency_conflict", "payload_too_large", "content_mismatch", "rate_limited", "internal"], t),
          },
        },
      },
      "/sends/{id}/outcome": {
        post: {
          operationId: "recordSendOutcome",
          tags: ["sends"],
          summary: t("openapi.outcome.summary"),
          description: t("openapi.outcome.description"),
          parameters: [
            { name: "id", in: "path", required: true, description: t("openapi.outcome.id"), schema: { type: "string", format: "uuid" }, example: EXAMPLE_SEND_RESPONSE.id },
            idempotencyKeyParameter,
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("OutcomeRequest"), examples: { blocked: { summary: t("openapi.outcome.exampleBlocked"), value: EXAMPLE_OUTCOME_REQUEST } } } },
          },
          responses: {
            "201": {
              description: t("openapi.outcome.created"),
              headers: { ...requestIdHeader, ...rateHeaders },
              content: { "application/json": { schema: ref("OutcomeResponse"), examples: { blocked: { summary: t("openapi.outcome.exampleBlocked"), value: EXAMPLE_OUTCOME_RESPONSE } } } },
            },
            "200": { description: t("openapi.sends.replayed"), headers: { ...requestIdHeader, ...rateHeaders }, content: { "application/json": { schema: ref("OutcomeResponse") } } },
            ...errorResponses(["invalid_json", "invalid_request", ...AUTH_ERRORS, "not_found", "idempotency_conflict", "payload_too_large", "rate_limited", "internal"], t),
          },
        },
      },
      "/certificate-keys": {
        get: {
          operationId: "listCertificateKeys",
          tags: ["certificates"],
          summary: t("openapi.certificateKeys.summary"),
          description: t("openapi.certificateKeys.description"),
          responses: {
            "200": {
              description: t("openapi.certificateKeys.ok"),
              headers: { ...requestIdHeader, ...rateHeaders, ETag: { $ref: "#/components/headers/ETag" } },
              content: { "application/json": { schema: ref("CertificateKeys"), examples: { keys: { summary: t("openapi.certificateKeys.example"), value: exampleKeySet() } } } },
            },
            "304": { description: t("openapi.notModified"), headers: { ...requestIdHeader, ETag: { $ref: "#/components/headers/ETag" } } },
            ...errorResponses([...AUTH_ERRORS, "rate_limited", "internal"], t),
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          tags: ["meta"],
          summary: t("openapi.document.summary"),
          description: t("openapi.document.description", { languages: UI_LANGUAGES.join(", ") }),
          security: [],
          responses: {
            "200": {
              description: t("openapi.document.ok"),
              headers: { ...requestIdHeader, ETag: { $ref: "#/components/headers/ETag" } },
              content: { "application/json": { schema: { type: "object", description: "OpenAPI 3.1" } } },
            },
            "304": { description: t("openapi.notModified"), headers: { ...requestIdHeader, ETag: { $ref: "#/components/headers/ETag" } } },
            ...errorResponses(["method_not_allowed"], t),
          },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: t("openapi.security") } },
      schemas: {
        RenderRequest: renderRequestJsonSchema(t),
        RenderResponse: renderResponseJsonSchema(t),
        TemplateList: templateListJsonSchema(t),
        SendRequest: describe(jsonSchema(sendRequestSchema, "input"), {
          template: t("openapi.fields.template"),
          version: t("openapi.sends.fields.version"),
          locale: t("openapi.sends.fields.locale"),
          orderId: t("openapi.sends.fields.orderId"),
          contentHash: t("openapi.sends.fields.contentHash"),
          sentAt: t("openapi.sends.fields.sentAt"),
        }),
        SendResponse: describe(jsonSchema(sendResponseSchema, "output"), { id: t("openapi.sends.fields.id"), outcomes: t("openapi.sends.fields.outcomes") }),
        OutcomeRequest: describe(jsonSchema(outcomeRequestSchema, "input"), { outcome: t("openapi.outcome.fields.outcome"), detail: t("openapi.outcome.fields.detail") }),
        OutcomeResponse: describe(jsonSchema(outcomeResponseSchema, "output"), { templatePaused: t("openapi.outcome.fields.templatePaused") }),
        CertificateKeys: describe(jsonSchema(certificateKeysSchema, "output"), { keys: t("openapi.fields.certificateKeys") }),
        Error: describe(jsonSchema(errorResponseSchema, "output"), { error: t("openapi.fields.error") }),
      },
      headers: {
        "X-Request-Id": { description: t("openapi.headers.requestId"), schema: { type: "string" } },
        ETag: { description: t("openapi.headers.etag"), schema: { type: "string" } },
        "RateLimit-Limit": { description: t("openapi.headers.rateLimit"), schema: { type: "integer" } },
        "RateLimit-Remaining": { description: t("openapi.headers.rateRemaining"), schema: { type: "integer" } },
        "Retry-After": { description: t("openapi.headers.retryAfter"), schema: { type: "integer" } },
      },
    },
  };
}
