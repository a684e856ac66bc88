import "server-only";
import type { NextRequest } from "next/server";
import { getDb, type Database } from "@/db/client";
import { ApiError } from "@/lib/delivery/api-errors";
import { etagOf, ifNoneMatchMatches } from "@/lib/delivery/etag";
import type { UiLanguage } from "@/lib/i18n/settings";
import { toErrorBody } from "@/server/errors";
import { logApiRequest } from "./access-log";
import type { LiveVersionRef } from "@/db/queries/delivery";
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
  /**
   * For routes that name a template (withApiKey's `template` option): its live version in the
   * key's organisation, or null when it has none; looked up with the key in one query.
   */
  liveVersion?: LiveVersionRef | null;
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

/**
 * What a handler answers: status, JSON text (null for 304) and its own headers. The wrapper adds
 * the common headers and makes the one Response, so no header is set twice.
 */
export interface ApiReply {
  status: number;
  json: string | null;
  headers: Record<string, string>;
}

function errorReply(error: unknown, lng: UiLanguage, requestId: string): ApiReply {
  const { status, body } = errorResponseBody(error, lng, requestId);
  const headers: Record<string, string> = {};
  if (error instanceof ApiError && error.code === "rate_limited") headers["retry-after"] = String(error.params.retryAfter);
  if (error instanceof ApiError && error.code === "method_not_allowed") headers.allow = String(error.params.allowed);
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="permitted"';
  return { status, json: JSON.stringify(body), headers };
}

/**
 * A JSON reply. With `etag`, a GET gets an entity tag and `Cache-Control: no-cache` (clients
 * revalidate every time), and a matching If-None-Match is answered 304 without a body.
 */
export function apiJson(ctx: BareApiContext, body: unknown, options: { status?: number; etag?: boolean } = {}): ApiReply {
  const json = JSON.stringify(body);
  if (options.etag && (ctx.request.method === "GET" || ctx.request.method === "HEAD")) {
    const etag = etagOf(json);
    const headers = { etag, "cache-control": "private, no-cache" };
    if (ifNoneMatchMatches(ctx.request.headers.get("if-none-match"), etag)) return { status: 304, json: null, headers };
    return { status: options.status ?? 200, json, headers };
  }
  return { status: options.status ?? 200, json, headers: {} };
}

type Handler<C> = (ctx: C) => Promise<ApiReply>;
type RouteHandler = (request: NextRequest, context: { params: Promise<RouteParams> }) => Promise<Response>;

type Access = "key" | "static";

interface RouteOptions {
  /** The template key the route is about, from its params, to look up with the API key. */
  template?: (params: RouteParams) => string | undefined;
}

function route<C extends BareApiContext>(access: Access, handler: Handler<C>, options: RouteOptions = {}): RouteHandler {
  return async (request, context) => {
    const started = performance.now();
    const requestId = requestIdOf(request.headers);
    const lng = apiLanguage(request.headers);
    let apiKey: ApiKeyIdentity | undefined;
    let rateLimit: RateLimitState | undefined;
    let reply: ApiReply;
    let code: string | undefined;
    try {
      const now = new Date();
      const params = (await context?.params) ?? {};
      const db = access === "static" ? undefined : await getDb();
      let liveVersion: LiveVersionRef | null | undefined;
      if (access === "key" && db) {
        const authenticated = await authenticateApiKey(db, request.headers, now, options.template?.(params));
        apiKey = authenticated.identity;
        liveVersion = authenticated.liveVersion;
        rateLimit = await checkRateLimit(db, apiKey.id, now);
      }
      // The context holds exactly what `access` provides; C is the matching context type.
      const ctx = {
        request,
        requestId,
        lng,
        params,
        now,
        ...(db ? { db } : {}),
        ...(apiKey ? { apiKey } : {}),
        ...(liveVersion !== undefined ? { liveVersion } : {}),
      } as unknown as C;
      reply = await handler(ctx);
    } catch (error) {
      code = error instanceof ApiError ? error.code : "internal";
      reply = errorReply(error, lng, requestId);
    }
    const headers: Record<string, string> = { "x-request-id": requestId, "cache-control": "no-store", ...reply.headers };
    if (reply.json !== null) headers["content-type"] = JSON_TYPE;
    if (rateLimit) {
      headers["ratelimit-limit"] = String(rateLimit.limit);
      headers["ratelimit-remaining"] = String(rateLimit.remaining);
    }
    // Encoded here, with its length, so the server sends one body without chunked encoding.
    const body = reply.json === null ? null : Buffer.from(reply.json);
    if (body) headers["content-length"] = String(body.byteLength);
    const response = new Response(body, { status: reply.status, headers });
    logApiRequest({
      requestId,
      method: request.method,
      path: request.nextUrl.pathname,
      status: reply.status,
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
export function withApiKey(handler: Handler<KeyedApiContext>, options: RouteOptions = {}): RouteHandler {
  return route("key", handler, options);
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
