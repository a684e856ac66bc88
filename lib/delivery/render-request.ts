/**
 * The body of POST /api/v1/templates/{key}/render, as a zod schema: it validates requests and,
 * through z.toJSONSchema, is the request schema of the OpenAPI document, so both always agree.
 * Only types and sizes are checked here (400 when wrong); what the values mean (order ID format,
 * placeholder values, the review window) is checked by render.ts with its own 422 codes.
 */
import { z } from "zod";
import { PLACEHOLDER_NAMES, PLACEHOLDERS, type PlaceholderName } from "@/lib/editor/placeholders";
import { MARKETPLACES } from "@/lib/locales/marketplaces";
import { MAX_TAG_INPUT_LENGTH } from "@/lib/locales/tags";

/** Orders are small: anything larger than this is not a render request. */
export const MAX_RENDER_BODY_BYTES = 64 * 1024;
/** Longest order value accepted as a type; render.ts applies each placeholder's real limit. */
export const MAX_ORDER_VALUE_LENGTH = 1000;
export const MAX_PREVIOUS_REQUESTS = 1_000_000;

export const MARKETPLACE_IDS = Object.values(MARKETPLACES).map((m) => m.id) as [string, ...string[]];

const text = z.string().max(MAX_ORDER_VALUE_LENGTH);
/** Integers may come as JSON numbers; everything else is a string as the order system has it. */
const orderValue = (name: PlaceholderName) =>
  PLACEHOLDERS[name].format === "integer" ? z.union([text, z.int().min(0).max(Number.MAX_SAFE_INTEGER)]) : text;

/** One optional field per placeholder; other order fields are allowed and ignored. */
export const orderSchema = z.looseObject(
  Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, orderValue(name).optional()])) as Record<
    PlaceholderName,
    z.ZodOptional<z.ZodString | z.ZodUnion<[z.ZodString, z.ZodInt]>>
  >,
);

export const renderRequestSchema = z.strictObject({
  locale: z.string().min(1).max(MAX_TAG_INPUT_LENGTH),
  order: orderSchema,
  deliveredAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  previousRequests: z.int().min(0).max(MAX_PREVIOUS_REQUESTS).optional(),
  marketplaceId: z.enum(MARKETPLACE_IDS).optional(),
  /** Invoice templates only: the order's invoice file as the sender will upload it (checked, never sent to us). */
  invoice: z
    .strictObject({
      fileName: z.string().min(1).max(255),
      contentType: z.string().min(1).max(100),
      size: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
    })
    .optional(),
});

export type RenderRequest = z.infer<typeof renderRequestSchema>;

/** Paging of GET /api/v1/templates. */
export const MAX_LIST_LIMIT = 200;
export const DEFAULT_LIST_LIMIT = 100;
export const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT),
  after: z.string().min(1).max(200).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;
