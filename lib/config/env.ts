import { z } from "zod";

/** Every environment variable the studio reads, validated once at start (scripts/ensure-env.ts, instrumentation.ts). */
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
  SEED_DEMO: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return { ok: true, env: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}
