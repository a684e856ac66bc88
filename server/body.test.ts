import { describe, expect, it } from "vitest";
import { JsonBodyError, readJsonBody } from "./body";

function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  return { request: new Request("http://localhost/x", { method: "PUT", body, headers, duplex: "half" } as RequestInit), pulled: () => pulled };
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof JsonBodyError)) throw new Error(`expected a JsonBodyError, got ${String(error)}`);
  return error.problem;
}

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(new Request("http://localhost/x", { method: "PUT", body: '{"a":[1,"ü"]}' }), 100)).toEqual({ a: [1, "ü"] });
  });

  it("refuses a declared size over the limit before reading anything", async () => {
    const { request, pulled } = streamed([new Uint8Array(10)], { "content-length": "1000" });
    expect(await problemOf(readJsonBody(request, 100))).toBe("too_large");
    // A stream pulls its first chunk by itself when it is made; the reader asks for none.
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading as soon as the streamed bytes pass the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(60));
    const { request, pulled } = streamed([chunk, chunk, chunk, chunk, chunk]);
    expect(await problemOf(readJsonBody(request, 100))).toBe("too_large");
    expect(pulled()).toBeLessThanOrEqual(3);
  });

  it("names invalid UTF-8, an empty body and invalid JSON apart", async () => {
    expect(await problemOf(readJsonBody(new Request("http://localhost/x", { method: "PUT", body: new Uint8Array([0x7b, 0xff, 0x7d]) }), 100))).toBe("invalid_utf8");
    expect(await problemOf(readJsonBody(new Request("http://localhost/x", { method: "PUT", body: "  \n" }), 100))).toBe("empty");
    expect(await problemOf(readJsonBody(new Request("http://localhost/x", { method: "PUT", body: "{nope" }), 100))).toBe("invalid_json");
  });
});
