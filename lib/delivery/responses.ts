/**
 * The shapes of the API's responses as zod schemas: the OpenAPI document's response schemas are
 * generated from them, and the integration tests parse every real response with them, so the
 * document cannot promise what the API does not send.
 */
import { z } from "zod";
import { API_ERROR_CODES } from "./api-errors";
import { PURPOSE_IDS } from "@/lib/policy/purposes";
import { jwksSchema, signedCertificateSchema } from "@/lib/certificates/certificate";
import { SEND_OUTCOMES } from "./sends-request";

export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const templateSummarySchema = z.strictObject({
  key: z.string(),
  name: z.string(),
  purpose: z.enum(PURPOSE_IDS),
  version: z.int().min(1),
  publishedAt: z.iso.datetime().nullable(),
  locales: z.array(z.string()).min(1),
});

export const templateListSchema = z.strictObject({
  templates: z.array(templateSummarySchema),
  /** Pass as `after` to get the next page; null on the last page. */
  next: z.string().nullable(),
});

export const spApiRequestSchema = z.strictObject({
  operation: z.string(),
  method: z.string(),
  path: z.string(),
  body: z.strictObject({
    text: z.string().optional(),
    /** Each file's `uploadDestinationId` is "{{uploadDestinationId}}": the sender puts the one createUploadDestinationForResource gave it. */
    attachments: z.array(z.strictObject({ fileName: z.string(), uploadDestinationId: z.string() })).optional(),
  }),
});

/** A file the message carries: fetch it with downloadUrl (no key needed, until expiresAt), upload it to Amazon, then send. */
export const renderedAttachmentSchema = z.strictObject({
  fileName: z.string(),
  contentType: z.string(),
  size: z.int().min(1),
  /** Hex SHA-256 of the file: the studio's approval covers it; check it after download. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  downloadUrl: z.url(),
  expiresAt: z.iso.datetime(),
});

export const solicitationSchema = z.strictObject({
  operation: z.string(),
  method: z.string(),
  path: z.string(),
  body: z.null(),
  takesText: z.boolean(),
  note: z.string(),
});

export const renderResponseSchema = z.strictObject({
  template: z.string(),
  version: z.int().min(1),
  locale: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  spApi: spApiRequestSchema.nullable(),
  solicitation: solicitationSchema.optional(),
  notes: z.array(z.string()),
  /** Present when the message carries files (warranty cards, manuals, disclosures). */
  attachments: z.array(renderedAttachmentSchema).optional(),
  /** SHA-256 of the variant's subject and document (before placeholders are filled): the certificate lists it for this locale. */
  contentHash: z.string(),
  /** The version's signed compliance certificate; null for a version published before certificates existed. */
  certificate: signedCertificateSchema.nullable(),
});

/** GET /api/v1/certificate-keys: the organisation's certificate public keys, retired ones included. */
export const certificateKeysSchema = jwksSchema;

export const sendOutcomeSchema = z.strictObject({
  id: z.uuid(),
  outcome: z.enum(SEND_OUTCOMES),
  detail: z.string(),
  recordedAt: z.iso.datetime(),
});

/** POST /api/v1/sends: the recorded send, with every outcome reported for it so far. */
export const sendResponseSchema = z.strictObject({
  id: z.uuid(),
  template: z.string(),
  version: z.int().min(1),
  locale: z.string(),
  orderId: z.string(),
  contentHash: z.string(),
  sentAt: z.iso.datetime(),
  outcomes: z.array(sendOutcomeSchema),
});

/** POST /api/v1/sends/{id}/outcome. */
export const outcomeResponseSchema = z.strictObject({
  ...sendOutcomeSchema.shape,
  sendId: z.uuid(),
  /** This outcome paused the template: renders answer 423 template_paused until an admin resumes it. */
  templatePaused: z.boolean(),
});

export type TemplateListResponse = z.infer<typeof templateListSchema>;
export type RenderResponse = z.infer<typeof renderResponseSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
