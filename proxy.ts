import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server components (the language switcher returns to it) and a
 * request id to route handlers and logs.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-permitted-path", request.nextUrl.pathname + request.nextUrl.search);
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", headers.get("x-request-id")!);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
