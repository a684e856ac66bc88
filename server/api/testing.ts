/**
 * Calls the real /api/v1 route handlers the way Next does: a NextRequest and a context whose params
 * are a promise. For integration tests; the app's database must be the test database first
 * (test/publish-fixture.ts installAppDatabase).
 */
import { NextRequest } from "next/server";

/** A route handler as Next calls it; its params may be typed for its own segments (`{ id: string }`). */
type RouteHandler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions<P = Record<string, string | string[] | undefined>> {
  method?: string;
  /** Path and query under the origin, e.g. "/api/v1/templates?limit=1". */
  path: string;
  key?: string;
  /** An object is sent as JSON; a string or bytes as they are. */
  body?: unknown;
  headers?: Record<string, string>;
  params?: P;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is empty or not JSON. */
  json: unknown;
}

export async function callRoute<P extends object = Record<string, string | string[] | undefined>>(handler: RouteHandler<P>, options: CallOptions<P>): Promise<CallResult> {
  const headers = new Headers(options.headers);
  if (options.key !== undefined) headers.set("authorization", `Bearer ${options.key}`);
  let body: BodyInit | undefined;
  if (options.body instanceof Uint8Array || typeof options.body === "string") body = options.body as BodyInit;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new NextRequest(new URL(options.path, "http://localhost:3000"), { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? ({} as P)) /* a route called without its segments gets none, as before */ });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
