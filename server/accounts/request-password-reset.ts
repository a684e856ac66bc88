import type { Database } from "@/db/client";
import { findCredentials } from "@/db/queries/accounts";
import { insertAccountToken, retireAccountTokens } from "@/db/queries/account-tokens";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { recordAccountEvent } from "./record-account-event";

export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;
const RESET_WINDOW_MS = 15 * 60 * 1000;
/** Per address asking: enough for a few typos, too few to spray mail at many accounts. */
export const MAX_RESET_REQUESTS_PER_IP = 10;
/** Per account: more links would only fill the person's mailbox. */
export const MAX_RESET_REQUESTS_PER_ACCOUNT = 3;

export type PasswordResetRequest = { kind: "mail"; to: string; token: string; uiLanguage: string | null } | { kind: "nothing" };

/**
 * Starts a password reset. The answer shown to the asker never depends on whether the address has
 * an account (the caller says the same either way); only the mailbox learns it. A new link retires
 * the earlier ones. Too many requests from one address are refused openly; too many for one account
 * are dropped quietly, so the refusal does not reveal the account either.
 */
export async function requestPasswordReset(db: Database, input: { email: string; ip: string }, now = new Date()): Promise<PasswordResetRequest> {
  const [ipRequests, accountRequests] = await db.transaction(async (tx) => [
    await hitRateLimit(tx, `password-reset:ip:${input.ip}`, RESET_WINDOW_MS),
    await hitRateLimit(tx, `password-reset:account:${input.email}`, RESET_WINDOW_MS),
  ]);
  if (ipRequests > MAX_RESET_REQUESTS_PER_IP) throw new AppError("throttled", "auth:forgot.throttled");
  if (accountRequests > MAX_RESET_REQUESTS_PER_ACCOUNT) return { kind: "nothing" };
  return db.transaction(async (tx) => {
    const user = await findCredentials(tx, input.email);
    if (!user) return { kind: "nothing" } as const;
    const token = newToken();
    await retireAccountTokens(tx, user.id, "password-reset", now);
    await insertAccountToken(tx, { userId: user.id, purpose: "password-reset", tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) });
    await recordAccountEvent(tx, user.id, "account.password_reset_requested", { ip: input.ip });
    return { kind: "mail", to: user.email, token, uiLanguage: user.uiLanguage } as const;
  });
}
