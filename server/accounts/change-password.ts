import type { Database } from "@/db/client";
import { endSessions, lockCredentialsById } from "@/db/queries/accounts";
import { retireAccountTokens } from "@/db/queries/account-tokens";
import { hitRateLimit, resetRateLimit } from "@/db/queries/rate-limits";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT, SIGN_IN_WINDOW_MS } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { recordAccountEvent } from "./record-account-event";

/** Counter of current-password guesses made through the change form of one account. */
export function passwordChangeKey(userId: string): string {
  return `password-change:${userId}`;
}

/**
 * Changes the password of a signed-in person, who must know the current one (a session left open
 * on a shared computer must not be enough). Guesses are claimed before they are checked and
 * limited like sign-in. Every session issued so far ends, this one included: the caller signs the
 * person in again with the new password, to the returned email.
 */
export async function changePassword(db: Database, userId: string, input: { currentPassword: string; newPassword: string }): Promise<{ email: string }> {
  const attempts = await db.transaction((tx) => hitRateLimit(tx, passwordChangeKey(userId), SIGN_IN_WINDOW_MS));
  if (attempts > MAX_FAILURES_PER_ACCOUNT) throw new AppError("throttled", "auth:account.changeThrottled");
  const newHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const user = await lockCredentialsById(tx, userId);
    if (!user) throw new AppError("unauthenticated");
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw new AppError("invalid_input", "errors.invalid_input", {}, { currentPassword: "auth:account.currentPasswordWrong" });
    }
    await endSessions(tx, userId, newHash);
    await retireAccountTokens(tx, userId, "password-reset");
    await resetRateLimit(tx, passwordChangeKey(userId));
    await recordAccountEvent(tx, userId, "account.password_changed");
    return { email: user.email };
  });
}
