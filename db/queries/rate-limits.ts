import { eq, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { rateLimits } from "../schema";

type ClaimParameter = "key" | "now" | "expiredBefore" | "amount";

/**
 * The one fixed-window counter statement: count `amount` hits on `key`, starting a new window when
 * the stored one began at or before `expiredBefore`. One atomic upsert, so concurrent app instances
 * never lose a hit. `value` gives each parameter: bound values, or placeholders for a prepared
 * statement (the API's hot path).
 */
function claimStatement(executor: Executor, value: (name: ClaimParameter) => SQL | SQL.Aliased | ReturnType<typeof sql.placeholder>) {
  const windowExpired = sql`${rateLimits.windowStart} <= ${value("expiredBefore")}::timestamptz`;
  return executor
    .insert(rateLimits)
    .values({ key: sql`${value("key")}`, windowStart: sql`${value("now")}::timestamptz`, count: sql`${value("amount")}::integer` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${windowExpired} THEN ${value("amount")}::integer ELSE ${rateLimits.count} + ${value("amount")}::integer END`,
        windowStart: sql`CASE WHEN ${windowExpired} THEN ${value("now")}::timestamptz ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
}

/** Counts one hit and returns the count in the current window (sign-in, sign-up, resets: inside any transaction). */
export async function hitRateLimit(executor: Executor, key: string, windowMs: number): Promise<number> {
  const now = new Date();
  const values: Record<ClaimParameter, string | number> = { key, now: now.toISOString(), expiredBefore: new Date(now.getTime() - windowMs).toISOString(), amount: 1 };
  const [row] = await claimStatement(executor, (name) => sql`${values[name]}`);
  return row.count;
}

const preparedClaims = new WeakMap<Database, ReturnType<typeof prepareClaim>>();

function prepareClaim(db: Database) {
  return claimStatement(db, (name) => sql.placeholder(name)).prepare("rate_limit_claim");
}

/**
 * Counts `amount` hits at once on the same counters, and returns the count after it and when the
 * window started. The API claims hits in small blocks so that most requests need no write
 * (server/api/rate-limit.ts); prepared once per database, as every API request may run it.
 */
export async function claimRateLimit(db: Database, key: string, windowMs: number, amount: number, now = new Date()): Promise<{ count: number; windowStart: Date }> {
  let query = preparedClaims.get(db);
  if (!query) {
    query = prepareClaim(db);
    preparedClaims.set(db, query);
  }
  const [row] = await query.execute({ key, amount, now: now.toISOString(), expiredBefore: new Date(now.getTime() - windowMs).toISOString() });
  return row;
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
