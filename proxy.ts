import { NextResponse, type NextRequest } from "next/server";
import { newNonce, studioPolicy } from "@/lib/security/csp";

/**
 * Passes the requested path to server components (the language switcher returns to it) and a
 * request id to route handlers and logs, and gives every response its Content-Security-Policy
 * with a fresh nonce: Next reads the nonce from the request's policy header and puts it on the
 * scripts it renders (which is why every page renders per request).
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-permitted-path", request.nextUrl.pathname + request.nextUrl.search);
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  const policy = studioPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development" });
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", headers.get("x-request-id")!);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // The preview frame (app/preview-frame) has a policy of its own.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|preview-frame).*)"],
};
