import "server-only";
import type { Database } from "@/db/client";
import { getUserProfile } from "@/db/queries/accounts";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { AppError } from "@/lib/errors";
import { issueEmailVerification } from "./account-mail";

const RESEND_WINDOW_MS = 15 * 60 * 1000;
export const MAX_VERIFICATION_MAILS = 3;

/** A new verification link for a signed-in person whose address is not verified yet. */
export async function resendVerification(db: Database, userId: string): Promise<{ to: string; token: string } | null> {
  const attempts = await db.transaction((tx) => hitRateLimit(tx, `verify-mail:${userId}`, RESEND_WINDOW_MS));
  if (attempts > MAX_VERIFICATION_MAILS) throw new AppError("throttled", "auth:verify.throttled");
  return db.transaction(async (tx) => {
    const user = await getUserProfile(tx, userId);
    if (!user || user.emailVerifiedAt) return null;
    return { to: user.email, token: await issueEmailVerification(tx, userId) };
  });
}
