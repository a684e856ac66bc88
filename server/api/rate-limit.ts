import type { Database } from "@/db/client";
import { claimRateLimit } from "@/db/queries/rate-limits";
import { ApiError } from "@/lib/delivery/api-errors";
import { setting } from "@/lib/config/env";

export const RATE_LIMIT_WINDOW_MS = 60_000;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/** The counters are 32-bit integers: the limit plus every instance's last claim must fit. */
const MAX_RATE_LIMIT_PER_MINUTE = 1_000_000_000;

/**
 * Requests per key per minute: API_RATE_LIMIT_PER_MINUTE (1 to 10⁹), else 600. Read per request
 * so tests and operators can change it.
 */
export function rateLimitPerMinute(): number {
  return Math.min(setting("API_RATE_LIMIT_PER_MINUTE") ?? DEFAULT_RATE_LIMIT_PER_MINUTE, MAX_RATE_LIMIT_PER_MINUTE);
}

/**
 * Hits an instance claims from the shared counter at once: 1 % of the limit (at least 1), so a
 * key causes at most about 100 writes per window per instance, however busy it is. A claimed hit
 * counts even if this instance does not use it before the window ends: a key can be refused up
 * to 1 % of its limit early per instance, and is never allowed more than the limit. Limits under
 * 200 a minute are counted exactly.
 */
export function claimSize(limit: number): number {
  return Math.max(1, Math.floor(limit / 100));
}

interface Claim {
  limit: number;
  windowStart: number;
  /** The shared count before this claim, and how many of the claimed hits this instance may use. */
  countBefore: number;
  granted: number;
  used: number;
}

const claims = new Map<string, Claim>();
const MAX_TRACKED_KEYS = 10_000;

export interface RateLimitState {
  limit: number;
  remaining: number;
}

/**
 * Counts the request against its key's fixed window. The counters live in the database and every
 * instance of the app shares them: an instance takes hits from its key's counter in small blocks
 * (one atomic upsert per block) and spends them locally, so most requests need no write. Over the
 * limit: 429 with the seconds until the window ends.
 */
export async function checkRateLimit(db: Database, apiKeyId: string, now: Date): Promise<RateLimitState> {
  const limit = rateLimitPerMinute();
  const claim = claims.get(apiKeyId);
  if (claim && claim.limit === limit && claim.used < claim.granted && now.getTime() < claim.windowStart + RATE_LIMIT_WINDOW_MS) {
    claim.used++;
    return { limit, remaining: Math.max(0, limit - claim.countBefore - claim.used) };
  }
  const amount = claimSize(limit);
  const { count, windowStart } = await claimRateLimit(db, `api:${apiKeyId}`, RATE_LIMIT_WINDOW_MS, amount, now);
  const countBefore = count - amount;
  const granted = Math.max(0, Math.min(amount, limit - countBefore));
  if (granted === 0) {
    claims.delete(apiKeyId);
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + RATE_LIMIT_WINDOW_MS - now.getTime()) / 1000));
    throw new ApiError("rate_limited", { limit, retryAfter }, { limit, retryAfter });
  }
  if (claims.size >= MAX_TRACKED_KEYS && !claims.has(apiKeyId)) claims.clear();
  claims.set(apiKeyId, { limit, windowStart: windowStart.getTime(), countBefore, granted, used: 1 });
  return { limit, remaining: Math.max(0, limit - countBefore - 1) };
}
