import type { Database, Executor } from "@/db/client";
import { claimAccountToken, insertAccountToken, usableAccountTokenUser } from "@/db/queries/account-tokens";
import { getUserProfile, getSessionVersion } from "@/db/queries/accounts";
import { hitRateLimit, resetRateLimit } from "@/db/queries/rate-limits";
import { acceptTotpStep, getTotpState, useRecoveryCode } from "@/db/queries/second-factor";
import { open } from "@/lib/auth/secret-box";
import { MAX_FAILURES_PER_ACCOUNT, SIGN_IN_WINDOW_MS } from "@/lib/auth/throttle";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { normaliseRecoveryCode, totpStep } from "@/lib/auth/totp";
import type { SignedInUser } from "../sign-in";
import { recordAccountEvent } from "./record-account-event";
import { serverSecret } from "./server-secret";

/** Between the right password and the second factor: five minutes. */
export const SECOND_FACTOR_CHALLENGE_TTL_MS = 5 * 60 * 1000;

export async function issueSecondFactorChallenge(executor: Executor, userId: string, now = new Date()): Promise<string> {
  const challenge = newToken();
  await insertAccountToken(executor, { userId, purpose: "second-factor", tokenHash: hashToken(challenge), expiresAt: new Date(now.getTime() + SECOND_FACTOR_CHALLENGE_TTL_MS) });
  return challenge;
}

export type SecondFactorOutcome = { ok: true; user: SignedInUser } | { ok: false; reason: "invalid" | "throttled" | "expired" };

/**
 * The second step of signing in: a code from the authenticator app (each code works once) or one
 * of the recovery codes. Guesses are counted per account before they are checked, like passwords;
 * the challenge is used up only by a right code, so a typo can be corrected.
 */
export async function verifySecondFactor(db: Database, input: { challenge: string; code: string; ip: string }, now = Date.now()): Promise<SecondFactorOutcome> {
  const challengeHash = hashToken(input.challenge);
  const userId = await usableAccountTokenUser(db, "second-factor", challengeHash, new Date(now));
  if (!userId) return { ok: false, reason: "expired" };
  const key = `second-factor:${userId}`;
  const attempts = await db.transaction((tx) => hitRateLimit(tx, key, SIGN_IN_WINDOW_MS));
  if (attempts > MAX_FAILURES_PER_ACCOUNT) return { ok: false, reason: "throttled" };
  return db.transaction(async (tx) => {
    const state = await getTotpState(tx, userId);
    const secret = state?.sealedSecret && state.enabledAt ? open(state.sealedSecret, serverSecret()) : null;
    if (!secret) return { ok: false, reason: "invalid" } as const;
    const step = totpStep(secret, input.code, now);
    let method: "app" | "recovery-code" | null = null;
    if (step !== null && (await acceptTotpStep(tx, userId, step))) method = "app";
    else if (step === null && (await useRecoveryCode(tx, userId, hashToken(normaliseRecoveryCode(input.code))))) method = "recovery-code";
    if (!method) {
      await recordAccountEvent(tx, userId, "account.sign_in_failed", { ip: input.ip, step: "second-factor" });
      return { ok: false, reason: "invalid" } as const;
    }
    if (!(await claimAccountToken(tx, "second-factor", challengeHash, new Date(now)))) return { ok: false, reason: "expired" } as const;
    await resetRateLimit(tx, key);
    await recordAccountEvent(tx, userId, "account.signed_in", { ip: input.ip, secondFactor: method });
    const user = await getUserProfile(tx, userId);
    const sessionVersion = await getSessionVersion(tx, userId);
    if (!user || sessionVersion === null) return { ok: false, reason: "invalid" } as const;
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion, secondFactor: true } } as const;
  });
}
