import type { Database } from "@/db/client";
import { findCredentials } from "@/db/queries/accounts";
import { recordAudit } from "@/db/queries/audit";
import { listMembershipsOfUser } from "@/db/queries/memberships";
import { hitRateLimit, peekRateLimit, resetRateLimit } from "@/db/queries/rate-limits";
import { normaliseEmail } from "@/lib/auth/email";
import { verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MS, accountKey, ipKey } from "@/lib/auth/throttle";

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks a sign-in attempt. Throttled attempts are refused before the password is looked at, so a
 * correct password does not get through a locked account either; every failure counts against both
 * the account and the IP address.
 */
export async function verifySignIn(db: Database, attempt: { email: string; password: string; ip: string }): Promise<SignInOutcome> {
  const email = normaliseEmail(attempt.email);
  const [accountFailures, ipFailures] = await Promise.all([
    peekRateLimit(db, accountKey(email), SIGN_IN_WINDOW_MS),
    peekRateLimit(db, ipKey(attempt.ip), SIGN_IN_WINDOW_MS),
  ]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || ipFailures >= MAX_FAILURES_PER_IP) {
    return { ok: false, reason: "throttled" };
  }
  const credentials = await findCredentials(db, email);
  const valid = await verifyPassword(attempt.password, credentials?.passwordHash);
  const memberships = credentials ? await listMembershipsOfUser(db, credentials.id) : [];
  if (!credentials || !valid) {
    await db.transaction(async (tx) => {
      await hitRateLimit(tx, accountKey(email), SIGN_IN_WINDOW_MS);
      await hitRateLimit(tx, ipKey(attempt.ip), SIGN_IN_WINDOW_MS);
      for (const m of memberships) {
        await recordAudit(tx, {
          organisationId: m.organisationId,
          actorId: credentials?.id ?? null,
          action: "account.sign_in_failed",
          subjectType: "user",
          subjectId: credentials?.id ?? null,
          data: { ip: attempt.ip },
        });
      }
    });
    return { ok: false, reason: "invalid" };
  }
  await db.transaction(async (tx) => {
    await resetRateLimit(tx, accountKey(email));
    for (const m of memberships) {
      await recordAudit(tx, {
        organisationId: m.organisationId,
        actorId: credentials.id,
        action: "account.signed_in",
        subjectType: "user",
        subjectId: credentials.id,
        data: { ip: attempt.ip },
      });
    }
  });
  return { ok: true, user: { id: credentials.id, email: credentials.email, name: credentials.name } };
}
