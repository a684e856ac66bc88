import { eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { users } from "../schema";

/** Only what sign-in needs; never leaves the server. */
export async function findCredentials(executor: Executor, email: string) {
  const [row] = await executor
    .select({ id: users.id, passwordHash: users.passwordHash, name: users.name, email: users.email, sessionVersion: users.sessionVersion, uiLanguage: users.uiLanguage, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.email, email));
  return row ?? null;
}

export async function getUserProfile(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ id: users.id, email: users.email, name: users.name, uiLanguage: users.uiLanguage, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function emailExists(executor: Executor, email: string): Promise<boolean> {
  const [row] = await executor.select({ id: users.id }).from(users).where(eq(users.email, email));
  return Boolean(row);
}

/** A new account; emailVerifiedAt null where the address must still be proven by a mailed link. */
export async function insertAccount(executor: Executor, input: { email: string; name: string; passwordHash: string; emailVerifiedAt: Date | null; uiLanguage?: string | null }) {
  const [row] = await executor.insert(users).values(input).returning({ id: users.id, email: users.email, name: users.name });
  return row;
}

/** The account's chosen UI language (null: never chosen; the browser's then counts). */
export async function getUiLanguageOf(executor: Executor, userId: string): Promise<string | null> {
  const [row] = await executor.select({ uiLanguage: users.uiLanguage }).from(users).where(eq(users.id, userId));
  return row?.uiLanguage ?? null;
}

export async function setUiLanguage(executor: Executor, userId: string, uiLanguage: string): Promise<void> {
  await executor.update(users).set({ uiLanguage }).where(eq(users.id, userId));
}

/** Sessions issued under an older version are refused (server/auth.ts). */
export async function getSessionVersion(executor: Executor, userId: string): Promise<number | null> {
  const [row] = await executor.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row?.sessionVersion ?? null;
}

/** The row is locked for the rest of the transaction, so two password changes cannot interleave. */
export async function lockCredentialsById(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return row ?? null;
}

/** Sets a new password hash (when given) and ends every session issued so far. */
export async function endSessions(executor: Executor, userId: string, passwordHash?: string): Promise<number> {
  const [row] = await executor
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, ...(passwordHash ? { passwordHash } : {}) })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row.sessionVersion;
}

export async function markEmailVerified(executor: Executor, userId: string, at: Date): Promise<void> {
  await executor.update(users).set({ emailVerifiedAt: at }).where(eq(users.id, userId));
}
