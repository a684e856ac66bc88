import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { passkeys, webauthnChallenges } from "../schema";

export async function listPasskeys(executor: Executor, userId: string) {
  return executor
    .select({ id: passkeys.id, credentialId: passkeys.credentialId, transports: passkeys.transports, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(passkeys.createdAt);
}

export async function findPasskey(executor: Executor, credentialId: string) {
  const [row] = await executor
    .select({ id: passkeys.id, userId: passkeys.userId, credentialId: passkeys.credentialId, publicKey: passkeys.publicKey, counter: passkeys.counter, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.credentialId, credentialId));
  return row ?? null;
}

export async function insertPasskey(executor: Executor, input: { userId: string; credentialId: string; publicKey: string; counter: number; transports: string[]; name: string }): Promise<void> {
  await executor.insert(passkeys).values(input);
}

export async function recordPasskeyUse(executor: Executor, id: string, counter: number): Promise<void> {
  await executor.update(passkeys).set({ counter, lastUsedAt: new Date() }).where(eq(passkeys.id, id));
}

export async function deletePasskey(executor: Executor, userId: string, id: string): Promise<boolean> {
  const rows = await executor.delete(passkeys).where(and(eq(passkeys.id, id), eq(passkeys.userId, userId))).returning({ id: passkeys.id });
  return rows.length === 1;
}

export async function insertWebauthnChallenge(executor: Executor, input: { challenge: string; userId: string | null; purpose: "register" | "sign-in"; expiresAt: Date }): Promise<void> {
  await executor.insert(webauthnChallenges).values(input);
}

/** Uses a challenge once (atomically); returns whose it was (null user for sign-in), or undefined. */
export async function claimWebauthnChallenge(executor: Executor, challenge: string, purpose: "register" | "sign-in", now = new Date()): Promise<{ userId: string | null } | undefined> {
  const [row] = await executor
    .update(webauthnChallenges)
    .set({ usedAt: now })
    .where(and(eq(webauthnChallenges.challenge, challenge), eq(webauthnChallenges.purpose, purpose), isNull(webauthnChallenges.usedAt), gt(webauthnChallenges.expiresAt, now)))
    .returning({ userId: webauthnChallenges.userId });
  return row;
}
