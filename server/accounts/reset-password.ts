import type { Database } from "@/db/client";
import { endSessions, getUserProfile } from "@/db/queries/accounts";
import { claimAccountToken, retireAccountTokens } from "@/db/queries/account-tokens";
import { resetRateLimit } from "@/db/queries/rate-limits";
import { hashPassword } from "@/lib/auth/password";
import { accountKey } from "@/lib/auth/throttle";
import { hashToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { recordAccountEvent } from "./record-account-event";

/**
 * Sets a new password with a reset link. The link works once (claimed atomically), for 30 minutes;
 * every session issued so far ends and the account's sign-in lock is lifted. Returns the email so
 * the caller can sign the person in with the new password.
 */
export async function resetPassword(db: Database, input: { token: string; password: string }, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const userId = await claimAccountToken(tx, "password-reset", hashToken(input.token), now);
    if (!userId) throw new AppError("not_found", "auth:reset.invalidLink");
    const user = await getUserProfile(tx, userId);
    if (!user) throw new AppError("not_found", "auth:reset.invalidLink");
    await endSessions(tx, userId, passwordHash);
    await retireAccountTokens(tx, userId, "password-reset", now);
    await resetRateLimit(tx, accountKey(user.email));
    await recordAccountEvent(tx, userId, "account.password_reset");
    return { email: user.email };
  });
}
