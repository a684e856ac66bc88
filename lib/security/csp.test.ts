import { describe, expect, it } from "vitest";
import { newNonce, previewFramePolicy, studioPolicy } from "./csp";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("studioPolicy", () => {
  it("runs only scripts with this response's nonce and never eval in production", () => {
    const policy = studioPolicy({ nonce: "abc", development: false });
    expect(directive(policy, "script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "base-uri")).toEqual(["'none'"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "frame-src")).toEqual(["'self'"]);
  });

  it("allows eval and the dev server's socket only under next dev", () => {
    const policy = studioPolicy({ nonce: "abc", development: true });
    expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
    expect(directive(policy, "connect-src")).toEqual(["'self'", "ws:"]);
  });
});

describe("previewFramePolicy", () => {
  it("lets the frame run its own script only, load only https images, and be framed only by the studio", () => {
    const policy = previewFramePolicy({ nonce: "n1", imagesOff: false });
    expect(directive(policy, "default-src")).toEqual(["'none'"]);
    expect(directive(policy, "script-src")).toEqual(["'nonce-n1'"]);
    expect(directive(policy, "img-src")).toEqual(["https:"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'self'"]);
    expect(policy).not.toContain("unsafe-eval");
  });

  it("blocks every image with images off", () => {
    expect(directive(previewFramePolicy({ nonce: "n1", imagesOff: true }), "img-src")).toEqual(["'none'"]);
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
