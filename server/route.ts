import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { runGuarded, type GuardContext } from "./guard";
import { currentIdentity } from "./session";
import { toErrorBody } from "./errors";
import { getUiLanguage } from "./ui-language";

export const MAX_JSON_BODY_BYTES = 256 * 1024;

/** Reads a JSON body with a size limit: 413 when too large, 400 when not JSON. */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("payload_too_large");
  const text = await request.text();
  if (Buffer.byteLength(text) > limit) throw new AppError("payload_too_large");
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "errors.invalid_json");
  }
}

type RouteParams = { params: Promise<Record<string, string>> };

/** Wraps a session-authenticated route handler the same way guardedAction wraps server actions. */
export function guardedRoute<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, ctx: GuardContext, request: NextRequest) => Promise<R | Response>,
) {
  return async (request: NextRequest, { params }: RouteParams) => {
    try {
      const body = request.method === "GET" || request.method === "HEAD" ? {} : await readJsonBody(request);
      const query = Object.fromEntries(request.nextUrl.searchParams);
      const input = { ...query, ...(await params), ...(body as object) };
      const result = await runGuarded(await currentIdentity(), permission, schema, input, (i, ctx) => handler(i, ctx, request));
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      const { status, body } = toErrorBody(error, await getUiLanguage());
      return NextResponse.json({ error: body }, { status });
    }
  };
}
