import "server-only";
import { findLiveVersion, listPublishedTemplates } from "@/db/queries/delivery";
import { ApiError } from "@/lib/delivery/api-errors";
import { renderDelivery, renderResponseBody } from "@/lib/delivery/render";
import { listQuerySchema, MAX_RENDER_BODY_BYTES, renderRequestSchema } from "@/lib/delivery/render-request";
import { invalidRequest } from "@/lib/delivery/zod-issues";
import { TEMPLATE_KEY_PATTERN, MAX_TEMPLATE_KEY_LENGTH } from "@/lib/templates/key";
import { readApiJsonBody } from "./body";
import { apiJson, type ApiReply, type KeyedApiContext } from "./handler";
import { deliveryTranslate } from "./translate";
import { loadLiveVersion } from "./live-versions";

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
  const message = renderDelivery({ templateKey: key, version, request: parsed.data, now: ctx.now });
  return apiJson(ctx, renderResponseBody(message, deliveryTranslate(ctx.lng)));
}
