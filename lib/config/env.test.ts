import { describe, expect, it } from "vitest";
import { parseEnv, setting } from "./env";

const SECRET = "x".repeat(32);

describe("setting", () => {
  it("reads a variable typed by the schema", () => {
    expect(setting("API_RATE_LIMIT_PER_MINUTE", { API_RATE_LIMIT_PER_MINUTE: "42" })).toBe(42);
    expect(setting("DATABASE_POOL_SIZE", { DATABASE_POOL_SIZE: "3" })).toBe(3);
    expect(setting("API_ACCESS_LOG", { API_ACCESS_LOG: "off" })).toBe("off");
    expect(setting("AUTH_URL", { AUTH_URL: "https://permitted.example.com" })).toBe("https://permitted.example.com");
  });

  it("counts an unset, empty or refused value as unset", () => {
    expect(setting("SMTP_URL", {})).toBeUndefined();
    expect(setting("SMTP_URL", { SMTP_URL: "" })).toBeUndefined();
    expect(setting("SMTP_URL", { SMTP_URL: "mailto:x" })).toBeUndefined();
    expect(setting("API_RATE_LIMIT_PER_MINUTE", { API_RATE_LIMIT_PER_MINUTE: "0" })).toBeUndefined();
    expect(setting("API_RATE_LIMIT_PER_MINUTE", { API_RATE_LIMIT_PER_MINUTE: "many" })).toBeUndefined();
    expect(setting("API_ACCESS_LOG", { API_ACCESS_LOG: "quiet" })).toBeUndefined();
  });

  it("reads the process environment when asked, not when loaded", () => {
    process.env.DATABASE_POOL_SIZE = "7";
    expect(setting("DATABASE_POOL_SIZE")).toBe(7);
    delete process.env.DATABASE_POOL_SIZE;
    expect(setting("DATABASE_POOL_SIZE")).toBeUndefined();
  });
});

describe("parseEnv", () => {
  it("names every refused variable at start", () => {
    const result = parseEnv({ AUTH_SECRET: SECRET, DATABASE_POOL_SIZE: "-1", API_ACCESS_LOG: "loud" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.split(":")[0]).sort()).toEqual(["API_ACCESS_LOG", "DATABASE_POOL_SIZE"]);
  });
});
