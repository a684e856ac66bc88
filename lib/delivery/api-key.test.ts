import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { apiKeyPrefix, bearerCredentials, generateApiKey, hashApiKey, isWellFormedApiKey, API_KEY_PREFIX_LENGTH } from "./api-key";

describe("API keys", () => {
  it("are pmt_ plus 32 random bytes, with a short prefix and a SHA-256 hash", () => {
    const generated = generateApiKey();
    expect(generated.key).toMatch(/^pmt_[A-Za-z0-9_-]{43}$/);
    expect(isWellFormedApiKey(generated.key)).toBe(true);
    expect(generated.prefix).toBe(generated.key.slice(0, API_KEY_PREFIX_LENGTH));
    expect(generated.prefix).toHaveLength(12);
    expect(apiKeyPrefix(generated.key)).toBe(generated.prefix);
    expect(generated.hash).toBe(createHash("sha256").update(generated.key).digest("hex"));
    expect(hashApiKey(generated.key)).toBe(generated.hash);
    const many = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(many.size).toBe(200);
  });

  it("tells malformed keys apart without a lookup", () => {
    for (const bad of ["", "pmt_", `pmt_${"a".repeat(42)}`, `pmt_${"a".repeat(44)}`, `sk_${"a".repeat(43)}`, `pmt_${"a".repeat(42)}=`, `pmt_${"a".repeat(42)}\n`]) {
      expect(isWellFormedApiKey(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("reads Bearer credentials case-insensitively and nothing else", () => {
    expect(bearerCredentials("Bearer abc")).toBe("abc");
    expect(bearerCredentials("bearer  abc ")).toBe("abc");
    expect(bearerCredentials("Basic abc")).toBeUndefined();
    expect(bearerCredentials("Bearer")).toBeUndefined();
    expect(bearerCredentials("Bearer a b")).toBeUndefined();
    expect(bearerCredentials(null)).toBeUndefined();
  });
});
