import { ApiError } from "@/lib/delivery/api-errors";

/**
 * Reads a JSON request body without ever holding more than `limit` bytes: 413 as soon as the
 * declared or the actual size passes it, 400 for an empty body, invalid UTF-8 or invalid JSON.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw new ApiError("payload_too_large", { limit }, { limit });
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new ApiError("payload_too_large", { limit }, { limit });
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError("invalid_json", {}, undefined, "errors.invalid_utf8");
  }
  if (!text.trim()) throw new ApiError("invalid_json", {}, undefined, "errors.empty_body");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError("invalid_json", { reason: error instanceof SyntaxError ? error.message : "" });
  }
}
