import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { recoveryCodes, users } from "../schema";

export async function getTotpState(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ sealedSecret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/** Proposes a secret (enabledAt null), enables it, or (null) removes it together with the recovery codes. */
export async function setTotp(executor: Executor, userId: string, state: { sealedSecret: string | null; enabledAt: Date | null; lastStep?: number | null }): Promise<void> {
  await executor
    .update(users)
    .set({ totpSecret: state.sealedSecret, totpEnabledAt: state.enabledAt, totpLastStep: state.lastStep ?? null })
    .where(eq(users.id, userId));
  if (!state.sealedSecret) await executor.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/** Accepts a code's step only if it is later than the last accepted one: atomic, so a code works once. */
export async function acceptTotpStep(executor: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await executor
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function replaceRecoveryCodes(executor: Executor, userId: string, codeHashes: string[]): Promise<void> {
  await executor.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codeHashes.length) await executor.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses one recovery code (atomically: once). */
export async function useRecoveryCode(executor: Executor, userId: string, codeHash: string): Promise<boolean> {
  const rows = await executor
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(executor: Executor, userId: string): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.count ?? 0;
}
