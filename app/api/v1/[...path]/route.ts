import { ApiError } from "@/lib/delivery/api-errors";
import { publicApi } from "@/server/api/handler";

export const dynamic = "force-dynamic";

/** Any other /api/v1 path: the same JSON 404 as everything else in the API, not Next's HTML page. */
const notFound = publicApi(async () => {
  throw new ApiError("not_found", {}, undefined, "errors.no_such_endpoint");
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
