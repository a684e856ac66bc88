/**
 * The studio's route wrapper asks who is calling before it reads anything: a request without a
 * session is refused without its body being read, however large it says it is.
 */
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";

vi.mock("./session", () => ({ currentIdentity: async () => ({ userId: null, organisationId: null }) }));
vi.mock("./ui-language", () => ({ getUiLanguage: async () => "en" }));

const { guardedRoute } = await import("./route");

describe("guardedRoute", () => {
  it("answers 401 to a request without a session and never reads its body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const handler = vi.fn(async () => ({ ok: true }));
    const route = guardedRoute("variants.edit", z.object({}), handler);
    const request = new NextRequest("http://localhost/api/variants/x", { method: "PUT", body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
    const response = await route(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
    expect(pulled).toBeLessThanOrEqual(1);
  });
});
