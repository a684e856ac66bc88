import "server-only";
import { findLiveVersion, listPublishedTemplates } from "@/db/queries/delivery";
import { ApiError } from "@/lib/delivery/api-errors";
import { renderDelivery, renderResponseBody } from "@/lib/delivery/render";
import { listQuerySchema, MAX_RENDER_BODY_BYTES, renderRequestSchema } from "@/lib/delivery/render-request";
import { invalidRequest } from "@/lib/delivery/zod-issues";
import { TEMPLATE_KEY_PATTERN, MAX_TEMPLATE_KEY_LENGTH } from "@/lib/templates/key";
import { readJsonBody } from "./body";
import { apiJson, type KeyedApiContext } from "./handler";
import { deliveryTranslate } from "./translate";
import { loadLiveVersion } from "./live-versions";

/** GET /api/v1/templates: the organisation's published templates, a page at a time, with an ETag. */
export async function listTemplates(ctx: KeyedApiContext): Promise<Response> {
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

function templateKeyOf(ctx: KeyedApiContext): string {
  const key = ctx.params.key;
  // A key that cannot exist needs no lookup; it is as unknown as any other.
  if (typeof key !== "string" || key.length > MAX_TEMPLATE_KEY_LENGTH || !TEMPLATE_KEY_PATTERN.test(key)) throw new ApiError("not_found");
  return key;
}

/** POST /api/v1/templates/{key}/render: the live version in the buyer's language for one order. */
export async function renderTemplate(ctx: KeyedApiContext): Promise<Response> {
  const key = templateKeyOf(ctx);
  const raw = await readJsonBody(ctx.request, MAX_RENDER_BODY_BYTES);
  const parsed = renderRequestSchema.safeParse(raw);
  if (!parsed.success) throw invalidRequest(parsed.error, "body");
  const live = await findLiveVersion(ctx.db, ctx.apiKey.organisationId, key);
  if (!live) throw new ApiError("not_found", { key }, { key }, "errors.template_not_found");
  const version = await loadLiveVersion(ctx.db, live);
  const message = renderDelivery({ templateKey: key, version, request: parsed.data, now: ctx.now });
  return apiJson(ctx, renderResponseBody(message, deliveryTranslate(ctx.lng)));
}
