import "server-only";
import { findLiveVersion, listPublishedTemplates } from "@/db/queries/delivery";
import { orderHasSend } from "@/db/queries/sends";
import { getPurpose } from "@/lib/policy/purposes";
import { REVIEW_PURPOSE } from "@/lib/delivery/render";
import { ApiError } from "@/lib/delivery/api-errors";
import { renderDelivery, renderResponseBody } from "@/lib/delivery/render";
import { listQuerySchema, MAX_RENDER_BODY_BYTES, renderRequestSchema } from "@/lib/delivery/render-request";
import { invalidRequest } from "@/lib/delivery/zod-issues";
import { TEMPLATE_KEY_PATTERN, MAX_TEMPLATE_KEY_LENGTH } from "@/lib/templates/key";
import { readApiJsonBody } from "./body";
import { apiJson, type ApiReply, type KeyedApiContext } from "./handler";
import { deliveryTranslate } from "./translate";
import { loadLiveVersion } from "./live-versions";
import { attachmentLinker } from "./attachment-downloads";

/** GET /api/v1/templates: the organisation's published templates, a page at a time, with an ETag. */
export async function listTemplates(ctx: KeyedApiContext): Promise<ApiReply> {
  const query = listQuerySchema.safeParse(Object.fromEntries(ctx.request.nextUrl.searchParams));
  if (!query.success) throw invalidRequest(query.error, "query");
  const rows = await listPublishedTemplates(ctx.db, ctx.apiKey.organisationId, { after: query.data.after, limit: query.data.limit + 1 });
  const page = rows.slice(0, query.data.limit);
  return apiJson(
    ctx,
    {
      templates: page.map((row) => ({
        key: row.key,
        name: row.name,
        purpose: row.purpose,
        version: row.version,
        publishedAt: row.publishedAt?.toISOString() ?? null,
        locales: row.locales,
      })),
      next: rows.length > query.data.limit ? page[page.length - 1].key : null,
    },
    { etag: true },
  );
}

/** The route's template key if it can be one (a key that cannot exist needs no lookup). */
export function routeTemplateKey(params: Record<string, string | string[] | undefined>): string | undefined {
  const key = params.key;
  return typeof key === "string" && key.length <= MAX_TEMPLATE_KEY_LENGTH && TEMPLATE_KEY_PATTERN.test(key) ? key : undefined;
}

function templateKeyOf(ctx: KeyedApiContext): string {
  const key = routeTemplateKey(ctx.params);
  if (key === undefined) throw new ApiError("not_found");
  return key;
}

/** POST /api/v1/templates/{key}/render: the live version in the buyer's language for one order. */
export async function renderTemplate(ctx: KeyedApiContext): Promise<ApiReply> {
  const key = templateKeyOf(ctx);
  const raw = await readApiJsonBody(ctx.request, MAX_RENDER_BODY_BYTES);
  const parsed = renderRequestSchema.safeParse(raw);
  if (!parsed.success) throw invalidRequest(parsed.error, "body");
  // withApiKey looked it up with the key when the route asked it to (see the render route).
  const live = ctx.liveVersion !== undefined ? ctx.liveVersion : await findLiveVersion(ctx.db, ctx.apiKey.organisationId, key);
  const version = live && (await loadLiveVersion(ctx.db, live));
  if (!version) throw new ApiError("not_found", { key }, { key }, "errors.template_not_found");
  if (live.pausedBy) throw new ApiError("template_paused", { key, outcome: live.pausedBy }, { scope: "template", outcome: live.pausedBy }, "errors.template_paused");
  if (live.proactivePaused && getPurpose(version.purpose).proactive) throw new ApiError("template_paused", { key }, { scope: "organisation" }, "errors.proactive_paused");
  const message = renderDelivery({ templateKey: key, version, request: parsed.data, now: ctx.now, linkAttachment: attachmentLinker(ctx) });
  // One review request per order: a send recorded for it counts, whatever the caller says (render.ts checks previousRequests).
  // The order ID passed renderDelivery's check, so it is the 3-7-7 string.
  const orderId = String(parsed.data.order.order_id);
  if (version.purpose === REVIEW_PURPOSE && (await orderHasSend(ctx.db, ctx.apiKey.organisationId, orderId, REVIEW_PURPOSE))) {
    throw new ApiError("already_requested", { orderId }, { recordedSend: true }, "errors.already_requested_recorded");
  }
  return apiJson(ctx, renderResponseBody(message, deliveryTranslate(ctx.lng)));
}
