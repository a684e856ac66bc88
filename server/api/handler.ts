import "server-only";
import type { NextRequest } from "next/server";
import { getDb, type Database } from "@/db/client";
import { ApiError } from "@/lib/delivery/api-errors";
import { etagOf, ifNoneMatchMatches } from "@/lib/delivery/etag";
import type { UiLanguage } from "@/lib/i18n/settings";
import { toErrorBody } from "@/server/errors";
import { logApiRequest } from "./access-log";
import { authenticateApiKey, type ApiKeyIdentity } from "./authenticate";
import { apiLanguage } from "./language";
import { checkRateLimit, type RateLimitState } from "./rate-limit";
import { requestIdOf } from "./request-id";
import { deliveryTranslate } from "./translate";

type RouteParams = Record<string, string | string[] | undefined>;

/** What every API handler gets. */
export interface BareApiContext {
  request: NextRequest;
  requestId: string;
  /** Language of error messages and notes (from Accept-Language: en or de). */
  lng: UiLanguage;
  params: RouteParams;
  now: Date;
}

export interface ApiContext extends BareApiContext {
  db: Database;
}

export interface KeyedApiContext extends ApiContext {
  apiKey: ApiKeyIdentity;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const JSON_TYPE = "application/json; charset=utf-8";

/** Translates a thrown error into the API's error body; anything not an ApiError is a logged, safe 500. */
export function errorResponseBody(error: unknown, lng: UiLanguage, requestId: string): { status: number; body: ApiErrorBody } {
  if (error instanceof ApiError) {
    const message = deliveryTranslate(lng)(error.messageKey, { ...error.params, requestId });
    return { status: error.status, body: { error: { code: error.code, message, ...(error.details ? { details: error.details } : {}) } } };
  }
  // server/errors.ts logs the error with the request id as its reference and gives a safe message.
  const { body } = toErrorBody(error, lng, requestId);
  return { status: 500, body: { error: { code: "internal", message: body.message } } };
}

function errorResponse(error: unknown, lng: UiLanguage, requestId: string): Response {
  const { status, body } = errorResponseBody(error, lng, requestId);
  const headers = new Headers({ "content-type": JSON_TYPE });
  if (error instanceof ApiError && error.code === "rate_limited") headers.set("retry-after", String(error.params.retryAfter));
  if (error instanceof ApiError && error.code === "method_not_allowed") headers.set("allow", String(error.params.allowed));
  if (status === 401) headers.set("www-authenticate", 'Bearer realm="permitted"');
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * A JSON response. With `etag`, a GET gets an entity tag and `Cache-Control: no-cache` (clients
 * revalidate every time), and a matching If-None-Match is answered 304 without a body.
 */
export function apiJson(ctx: BareApiContext, body: unknown, options: { status?: number; etag?: boolean } = {}): Response {
  const json = JSON.stringify(body);
  const headers = new Headers({ "content-type": JSON_TYPE });
  if (options.etag && (ctx.request.method === "GET" || ctx.request.method === "HEAD")) {
    const etag = etagOf(json);
    headers.set("etag", etag);
    headers.set("cache-control", "private, no-cache");
    if (ifNoneMatchMatches(ctx.request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  }
  return new Response(json, { status: options.status ?? 200, headers });
}

type Handler<C> = (ctx: C) => Promise<Response>;
type RouteHandler = (request: NextRequest, context: { params: Promise<RouteParams> }) => Promise<Response>;

type Access = "key" | "static";

function route<C extends BareApiContext>(access: Access, handler: Handler<C>): RouteHandler {
  return async (request, context) => {
    const started = performance.now();
    const requestId = requestIdOf(request.headers);
    const lng = apiLanguage(request.headers);
    let apiKey: ApiKeyIdentity | undefined;
    let rateLimit: RateLimitState | undefined;
    let response: Response;
    let code: string | undefined;
    try {
      const now = new Date();
      const db = access === "static" ? undefined : await getDb();
      if (access === "key" && db) {
        apiKey = await authenticateApiKey(db, request.headers, now);
        rateLimit = await checkRateLimit(db, apiKey.id, now);
      }
      const params = (await context?.params) ?? {};
      // The context holds exactly what `access` provides; C is the matching context type.
      const ctx = { request, requestId, lng, params, now, ...(db ? { db } : {}), ...(apiKey ? { apiKey } : {}) } as unknown as C;
      response = await handler(ctx);
    } catch (error) {
      code = error instanceof ApiError ? error.code : "internal";
      response = errorResponse(error, lng, requestId);
    }
    response.headers.set("x-request-id", requestId);
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    if (rateLimit) {
      response.headers.set("ratelimit-limit", String(rateLimit.limit));
      response.headers.set("ratelimit-remaining", String(rateLimit.remaining));
    }
    logApiRequest({
      requestId,
      method: request.method,
      path: request.nextUrl.pathname,
      status: response.status,
      ms: performance.now() - started,
      ...(apiKey ? { key: apiKey.prefix } : {}),
      ...(code ? { code } : {}),
    });
    return response;
  };
}

/**
 * The one wrapper of every authenticated /api/v1 route: request id, Bearer key → organisation,
 * per-key rate limit shared by all instances, JSON errors {"error":{"code","message"}} with stable
 * codes and a safe 500, an access-log line.
 */
export function withApiKey(handler: Handler<KeyedApiContext>): RouteHandler {
  return route("key", handler);
}

/** The same for routes anyone may call and that need no database (the OpenAPI document, unknown paths). */
export function publicApi(handler: Handler<BareApiContext>): RouteHandler {
  return route("static", handler);
}

/** JSON 405 for a method a route does not have (Next would answer with an empty body). */
export function methodNotAllowed(allowed: string[]): RouteHandler {
  return publicApi(async () => {
    throw new ApiError("method_not_allowed", { allowed: allowed.join(", ") }, { allowed });
  });
}
