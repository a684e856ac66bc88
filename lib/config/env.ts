import { z } from "zod";

/**
 * Every environment variable the studio reads, validated once at start (scripts/env.ts); code reads
 * them only through `setting()`, typed by this schema.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(pglite:\/\/.+|postgres(ql)?:\/\/.+)$/, "must be pglite://memory, pglite://<dir> or postgres://user@host/db")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)"),
  AUTH_URL: z.url().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, "must be smtp://… or smtps://…").optional(),
  MAIL_FROM: z.string().optional(),
  /**
   * Development and tests: mail is written as JSON files into this folder instead of being sent
   * (counts as configured mail: links are mailed, never shown). SMTP_URL wins when both are set.
   */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  /** Connections to a PostgreSQL server per process (default 10). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1, "must be a whole number from 1").optional(),
  /** Delivery API requests per key per minute (default 600; values over 10⁹ count as 10⁹). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1, "must be a whole number from 1").optional(),
  /**
   * Proxies in front of the studio that append the client's address to X-Forwarded-For (0 when it
   * faces the internet itself: the header is then the client's own word and is ignored).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0, "must be a whole number from 0").max(10, "must be at most 10").optional(),
  /** One JSON line per delivery API request on stdout, unless "off". */
  API_ACCESS_LOG: z.enum(["on", "off"]).optional(),
  /**
   * Attachment files in S3-compatible object storage instead of the database: the bucket's URL,
   * path style (https://s3.eu-central-1.amazonaws.com/my-bucket, http://127.0.0.1:9000/files for
   * MinIO), with the region and an access key that may read and write it.
   */
  ATTACHMENT_STORAGE_URL: z.url({ protocol: /^https?$/ }).optional(),
  ATTACHMENT_STORAGE_REGION: z.string().min(1).optional(),
  ATTACHMENT_STORAGE_ACCESS_KEY_ID: z.string().min(1).optional(),
  ATTACHMENT_STORAGE_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** The in-memory embedded database: gone when the process ends (tests, benchmarks). */
export const THROWAWAY_DATABASE_URL = "pglite://memory";

/**
 * What a production server may not run with: without AUTH_URL, links in mails (invitations, password
 * resets) would be built from request headers a client controls; the demo organisation's accounts
 * have published passwords, so it is seeded only into a throwaway in-memory database.
 */
function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  if (!env.AUTH_URL) problems.push("AUTH_URL: must be set in production (the address users reach the studio at, e.g. https://permitted.example.com)");
  if (env.SEED_DEMO === "1" && env.DATABASE_URL !== THROWAWAY_DATABASE_URL) {
    problems.push(`SEED_DEMO: the demo organisation (whose passwords are published) is refused in production, except in the throwaway ${THROWAWAY_DATABASE_URL} database`);
  }
  return problems;
}

/** Object storage needs its key with its URL; a key without a URL would silently go unused. */
function attachmentStorageProblems(env: Env): string[] {
  const keys = [env.ATTACHMENT_STORAGE_ACCESS_KEY_ID, env.ATTACHMENT_STORAGE_SECRET_ACCESS_KEY];
  if (env.ATTACHMENT_STORAGE_URL && keys.some((key) => !key)) return ["ATTACHMENT_STORAGE_ACCESS_KEY_ID and ATTACHMENT_STORAGE_SECRET_ACCESS_KEY: both must be set with ATTACHMENT_STORAGE_URL"];
  if (!env.ATTACHMENT_STORAGE_URL && keys.some(Boolean)) return ["ATTACHMENT_STORAGE_URL: must be set when an object storage key is"];
  return [];
}

export function parseEnv(
  source: Record<string, string | undefined>,
  mode: "development" | "production" = "development",
): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  const problems = [...attachmentStorageProblems(result.data), ...(mode === "production" || result.data.NODE_ENV === "production" ? productionProblems(result.data) : [])];
  return problems.length ? { ok: false, problems } : { ok: true, env: result.data };
}

/**
 * One variable, typed and validated, read when asked (tests and operators may change it while the
 * process runs). A value the schema refuses counts as unset: the start check has reported it.
 */
export function setting<K extends keyof Env>(name: K, source: Record<string, string | undefined> = process.env): Env[K] | undefined {
  const raw = source[name];
  if (raw === undefined || raw === "") return undefined;
  const parsed = envSchema.shape[name].safeParse(raw);
  return parsed.success ? (parsed.data as Env[K]) : undefined;
}
