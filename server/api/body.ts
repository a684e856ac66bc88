import { ApiError } from "@/lib/delivery/api-errors";
import { JsonBodyError, readJsonBody } from "../body";

/** The delivery API's body: the one reader (server/body.ts), its problems answered as API errors. */
export async function readApiJsonBody(request: Request, limit: number): Promise<unknown> {
  try {
    return await readJsonBody(request, limit);
  } catch (error) {
    if (!(error instanceof JsonBodyError)) throw error;
    switch (error.problem) {
      case "too_large":
        throw new ApiError("payload_too_large", { limit }, { limit });
      case "invalid_utf8":
        throw new ApiError("invalid_json", {}, undefined, "errors.invalid_utf8");
      case "empty":
        throw new ApiError("invalid_json", {}, undefined, "errors.empty_body");
      case "invalid_json":
        throw new ApiError("invalid_json", { reason: error.detail });
    }
  }
}
