import type { Database } from "@/db/client";
import { findCredentials } from "@/db/queries/accounts";
import { hitRateLimit, releaseRateLimit, resetRateLimit } from "@/db/queries/rate-limits";
import { issueSecondFactorChallenge } from "./accounts/second-factor";
import { recordAccountEvent } from "./accounts/record-account-event";
import { normaliseEmail } from "@/lib/auth/email";
import { verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MS, accountKey, ipKey } from "@/lib/auth/throttle";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  /** Signed in with a second factor (authenticator app or recovery code). */
  secondFactor: boolean;
}

export type SignInOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "throttled" }
  /** The password was right; the account asks for its second factor with this challenge. */
  | { ok: false; reason: "second-factor"; challenge: string };

/** What checks a password; tests count the calls. */
export interface SignInChecks {
  verifyPassword: typeof verifyPassword;
}

/**
 * Checks a sign-in attempt. The attempt is claimed first, in one atomic step per counter (account
 * and IP address), and only an attempt within the limits has its password looked at: however many
 * arrive at once, at most MAX_FAILURES_PER_ACCOUNT passwords are checked per account and window, and
 * a correct password does not get through a locked account either. A successful sign-in clears the
 * account's counter and gives its claim back to the address.
 */
export async function verifySignIn(
  db: Database,
  attempt: { email: string; password: string; ip: string },
  checks: SignInChecks = { verifyPassword },
): Promise<SignInOutcome> {
  const email = normaliseEmail(attempt.email);
  const [accountAttempts, ipAttempts] = await db.transaction(async (tx) => [
    await hitRateLimit(tx, accountKey(email), SIGN_IN_WINDOW_MS),
    await hitRateLimit(tx, ipKey(attempt.ip), SIGN_IN_WINDOW_MS),
  ]);
  if (accountAttempts > MAX_FAILURES_PER_ACCOUNT || ipAttempts > MAX_FAILURES_PER_IP) {
    return { ok: false, reason: "throttled" };
  }
  const credentials = await findCredentials(db, email);
  const valid = await checks.verifyPassword(attempt.password, credentials?.passwordHash);
  if (!credentials || !valid) {
    // An unknown address belongs to no organisation, so no audit log hears of it.
    if (credentials) await db.transaction((tx) => recordAccountEvent(tx, credentials.id, "account.sign_in_failed", { ip: attempt.ip }));
    return { ok: false, reason: "invalid" };
  }
  if (credentials.totpEnabledAt) {
    // The attempt goes back to both counters (the password was right); the second step has its
    // own limit (second-factor.ts).
    const challenge = await db.transaction(async (tx) => {
      await releaseRateLimit(tx, accountKey(email));
      await releaseRateLimit(tx, ipKey(attempt.ip));
      return issueSecondFactorChallenge(tx, credentials.id);
    });
    return { ok: false, reason: "second-factor", challenge };
  }
  await db.transaction(async (tx) => {
    await resetRateLimit(tx, accountKey(email));
    await releaseRateLimit(tx, ipKey(attempt.ip));
    await recordAccountEvent(tx, credentials.id, "account.signed_in", { ip: attempt.ip });
  });
  return { ok: true, user: { id: credentials.id, email: credentials.email, name: credentials.name, sessionVersion: credentials.sessionVersion, secondFactor: false } };
}
