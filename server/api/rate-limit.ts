import type { Database } from "@/db/client";
import { rateLimitWindowStart } from "@/db/queries/delivery";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { ApiError } from "@/lib/delivery/api-errors";

export const RATE_LIMIT_WINDOW_MS = 60_000;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** Requests per key per minute: API_RATE_LIMIT_PER_MINUTE, else 600. Read per request so tests and operators can change it. */
export function rateLimitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
}

/**
 * Counts the request against its key's fixed window. The counter lives in the database (one atomic
 * upsert), so every instance of the app shares it. Over the limit: 429 with the seconds until the
 * window ends.
 */
export async function checkRateLimit(db: Database, apiKeyId: string, now: Date): Promise<RateLimitState> {
  const limit = rateLimitPerMinute();
  const counterKey = `api:${apiKeyId}`;
  const count = await hitRateLimit(db, counterKey, RATE_LIMIT_WINDOW_MS);
  if (count <= limit) return { limit, remaining: limit - count };
  const windowStart = await rateLimitWindowStart(db, counterKey);
  const endsInMs = windowStart ? windowStart.getTime() + RATE_LIMIT_WINDOW_MS - now.getTime() : RATE_LIMIT_WINDOW_MS;
  const retryAfter = Math.max(1, Math.ceil(endsInMs / 1000));
  throw new ApiError("rate_limited", { limit, retryAfter }, { limit, retryAfter });
}
