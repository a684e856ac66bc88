import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { authorise, type GuardContext } from "./guard";
import { JsonBodyError, readJsonBody } from "./body";
import { currentIdentity } from "./session";
import { toErrorBody } from "./errors";
import { getUiLanguage } from "./ui-language";

export const MAX_JSON_BODY_BYTES = 256 * 1024;

/** The studio's routes: the one body reader, its problems answered as the studio's errors (413, 400). */
async function readRouteBody(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") return {};
  try {
    return await readJsonBody(request, MAX_JSON_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof JsonBodyError)) throw error;
    if (error.problem === "too_large") throw new AppError("payload_too_large");
    // A route whose input lives in the URL may be called with no body at all.
    if (error.problem === "empty") return {};
    throw new AppError("invalid_input", "errors.invalid_json");
  }
}

type RouteParams = { params: Promise<Record<string, string>> };

/** Wraps a session-authenticated route handler the same way guardedAction wraps server actions. */
export function guardedRoute<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, ctx: GuardContext, request: NextRequest) => Promise<R | Response>,
  /** "raw": the handler reads the body itself (a file upload); the input is the URL's. */
  options: { body?: "json" | "raw" } = {},
) {
  return async (request: NextRequest, { params }: RouteParams) => {
    try {
      // Who is asking first: nothing is read from an unauthenticated or unauthorised request.
      const ctx = await authorise(await currentIdentity(), permission);
      const body = options.body === "raw" ? {} : await readRouteBody(request);
      const query = Object.fromEntries(request.nextUrl.searchParams);
      const input = schema.parse({ ...query, ...(await params), ...(body as object) });
      const result = await handler(input, ctx, request);
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      const { status, body } = toErrorBody(error, await getUiLanguage());
      return NextResponse.json({ error: body }, { status });
    }
  };
}
