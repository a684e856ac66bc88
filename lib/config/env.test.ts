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

  it("refuses a production server without AUTH_URL, and the demo organisation outside a throwaway database", () => {
    const base = { AUTH_SECRET: SECRET, AUTH_URL: "https://permitted.example.com" };
    expect(parseEnv(base, "production").ok).toBe(true);
    expect(parseEnv({ AUTH_SECRET: SECRET }, "development").ok).toBe(true);
    const noUrl = parseEnv({ AUTH_SECRET: SECRET }, "production");
    expect(noUrl.ok ? [] : noUrl.problems.map((p) => p.split(":")[0])).toEqual(["AUTH_URL"]);
    // NODE_ENV=production counts as production whatever the caller says.
    expect(parseEnv({ AUTH_SECRET: SECRET, NODE_ENV: "production" }).ok).toBe(false);
    const demo = parseEnv({ ...base, SEED_DEMO: "1", DATABASE_URL: "postgres://app@db/permitted" }, "production");
    expect(demo.ok ? [] : demo.problems.map((p) => p.split(":")[0])).toEqual(["SEED_DEMO"]);
    expect(parseEnv({ ...base, SEED_DEMO: "1" }, "production").ok).toBe(false);
    expect(parseEnv({ ...base, SEED_DEMO: "1", DATABASE_URL: "pglite://memory" }, "production").ok).toBe(true);
    expect(parseEnv({ AUTH_SECRET: SECRET, SEED_DEMO: "1", DATABASE_URL: "postgres://app@db/permitted" }, "development").ok).toBe(true);
  });
});

describe("attachment storage settings", () => {
  const base = { AUTH_SECRET: "x".repeat(32) };
  it("need the key with the bucket URL, and the URL with a key", () => {
    expect(parseEnv({ ...base, ATTACHMENT_STORAGE_URL: "https://s3.eu-central-1.amazonaws.com/files" }).ok).toBe(false);
    expect(parseEnv({ ...base, ATTACHMENT_STORAGE_ACCESS_KEY_ID: "AKID" }).ok).toBe(false);
    expect(parseEnv({ ...base, ATTACHMENT_STORAGE_URL: "ftp://files.example.com/x", ATTACHMENT_STORAGE_ACCESS_KEY_ID: "a", ATTACHMENT_STORAGE_SECRET_ACCESS_KEY: "b" }).ok).toBe(false);
    expect(parseEnv({ ...base, ATTACHMENT_STORAGE_URL: "http://127.0.0.1:9000/files", ATTACHMENT_STORAGE_ACCESS_KEY_ID: "a", ATTACHMENT_STORAGE_SECRET_ACCESS_KEY: "b" }).ok).toBe(true);
  });
});
