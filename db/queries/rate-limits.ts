import { eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rateLimits } from "../schema";

/**
 * Counts one hit on a fixed-window counter and returns the count in the current window. One atomic
 * upsert, so concurrent app instances never lose a hit.
 */
export async function hitRateLimit(executor: Executor, key: string, windowMs: number): Promise<number> {
  const now = new Date();
  const windowStartLimit = new Date(now.getTime() - windowMs);
  const [row] = await executor
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} <= ${windowStartLimit.toISOString()}::timestamptz THEN 1 ELSE ${rateLimits.count} + 1 END`,
        windowStart: sql`CASE WHEN ${rateLimits.windowStart} <= ${windowStartLimit.toISOString()}::timestamptz THEN ${now.toISOString()}::timestamptz ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ count: rateLimits.count });
  return row.count;
}

export async function resetRateLimit(executor: Executor, key: string): Promise<void> {
  await executor.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Gives back one hit counted by hitRateLimit (a claimed attempt that turned out legitimate). */
export async function releaseRateLimit(executor: Executor, key: string): Promise<void> {
  await executor
    .update(rateLimits)
    .set({ count: sql`GREATEST(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}
