import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { accountTokens } from "../schema";

export type AccountTokenPurpose = (typeof accountTokens.purpose.enumValues)[number];

export async function insertAccountToken(executor: Executor, input: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date }): Promise<void> {
  await executor.insert(accountTokens).values(input);
}

function usable(purpose: AccountTokenPurpose, tokenHash: string, now: Date) {
  return and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now));
}

/**
 * Uses a token: one atomic update marks it used only if it is unused and unexpired, so two
 * requests racing with the same link cannot both succeed. Returns the user, or null.
 */
export async function claimAccountToken(executor: Executor, purpose: AccountTokenPurpose, tokenHash: string, now = new Date()): Promise<string | null> {
  const [row] = await executor.update(accountTokens).set({ usedAt: now }).where(usable(purpose, tokenHash, now)).returning({ userId: accountTokens.userId });
  return row?.userId ?? null;
}

/** A new link, or a completed use, makes every earlier unused link of the user for that purpose useless. */
export async function retireAccountTokens(executor: Executor, userId: string, purpose: AccountTokenPurpose, now = new Date()): Promise<void> {
  await executor
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}

/** The user a still usable token belongs to (null when unknown, used or expired), without using it up. */
export async function usableAccountTokenUser(executor: Executor, purpose: AccountTokenPurpose, tokenHash: string, now = new Date()): Promise<string | null> {
  const [row] = await executor.select({ userId: accountTokens.userId }).from(accountTokens).where(usable(purpose, tokenHash, now));
  return row?.userId ?? null;
}
