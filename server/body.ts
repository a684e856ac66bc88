/** Why a request body could not be read as JSON; each caller answers it in its own error format. */
export type BodyProblem = "too_large" | "invalid_utf8" | "empty" | "invalid_json";

export class JsonBodyError extends Error {
  readonly name = "JsonBodyError";
  constructor(
    readonly problem: BodyProblem,
    readonly limit: number,
    /** The parser's own words, for invalid JSON. */
    readonly detail = "",
  ) {
    super(problem);
  }
}

/**
 * Reads a JSON request body without ever holding more than `limit` bytes: too large as soon as the
 * declared or the actual size passes it, then invalid UTF-8, empty or invalid JSON. The one body
 * reader of the studio's routes and the delivery API; call it after the session or key check, so an
 * unauthenticated caller never makes the server buffer anything.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const bytes = await readBodyBytes(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new JsonBodyError("invalid_utf8", limit);
  }
  if (!text.trim()) throw new JsonBodyError("empty", limit);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonBodyError("invalid_json", limit, error instanceof SyntaxError ? error.message : "");
  }
}

/**
 * The raw bytes of a request body, never holding more than `limit`: too large (JsonBodyError
 * "too_large") as soon as the declared or the actual size passes it. File uploads read with this.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw new JsonBodyError("too_large", limit);
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
        throw new JsonBodyError("too_large", limit);
      }
      chunks.push(value);
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}
