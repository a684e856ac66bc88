import "server-only";
import type { Database } from "@/db/client";
import { claimAccountToken, retireAccountTokens } from "@/db/queries/account-tokens";
import { markEmailVerified } from "@/db/queries/accounts";
import { hashToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { recordAccountEvent } from "./record-account-event";

/** Confirms the address a verification link was mailed to. The link works once, for a day. */
export async function verifyEmail(db: Database, token: string, now = new Date()): Promise<{ userId: string }> {
  return db.transaction(async (tx) => {
    const userId = await claimAccountToken(tx, "email-verification", hashToken(token), now);
    if (!userId) throw new AppError("not_found", "auth:verify.invalidLink");
    await markEmailVerified(tx, userId, now);
    await retireAccountTokens(tx, userId, "email-verification", now);
    await recordAccountEvent(tx, userId, "account.email_verified");
    return { userId };
  });
}
