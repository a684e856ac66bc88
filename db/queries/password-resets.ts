import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { passwordResetTokens } from "../schema";

export async function insertPasswordResetToken(executor: Executor, input: { userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
  await executor.insert(passwordResetTokens).values(input);
}

/**
 * Uses a reset token: one atomic update marks it used only if it is unused and unexpired, so two
 * requests racing with the same link cannot both succeed. Returns the user, or null.
 */
export async function claimPasswordResetToken(executor: Executor, tokenHash: string, now = new Date()): Promise<string | null> {
  const [row] = await executor
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
    .returning({ userId: passwordResetTokens.userId });
  return row?.userId ?? null;
}

/** Whether a link still works, for the page that asks for the new password (nothing is changed). */
export async function isPasswordResetTokenUsable(executor: Executor, tokenHash: string, now = new Date()): Promise<boolean> {
  const [row] = await executor
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)));
  return Boolean(row);
}

/** A new link, or a completed reset, makes every earlier unused link of the user useless. */
export async function retirePasswordResetTokens(executor: Executor, userId: string, now = new Date()): Promise<void> {
  await executor
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}
