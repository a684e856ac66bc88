import { apiJson, methodNotAllowed, publicApi } from "@/server/api/handler";
import { openApiDocument } from "@/server/api/openapi";

export const dynamic = "force-dynamic";

/** The API's own description: public, so that tools can read it before anyone has a key. */
export const GET = publicApi(async (ctx) => apiJson(ctx, openApiDocument(ctx.lng), { etag: true }));
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
