import "server-only";
import type { Database } from "@/db/client";
import { findCredentials } from "@/db/queries/accounts";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { UiLanguage } from "@/lib/i18n/settings";
import { issueEmailVerification } from "./account-mail";
import { createUserWithOrganisation } from "./create-user-with-organisation";

const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;
/** Sign-ups per address per hour: a team's office signs up a few people, not dozens. */
export const MAX_SIGN_UPS_PER_IP = 10;

export type SignUpOutcome =
  /** No mail here: the account is ready and the caller signs the person in. */
  | { kind: "ready"; organisationId: string }
  /** Mail here: the same answer for a new and a taken address; the mailbox learns which. */
  | { kind: "check-mail"; mail: { to: string; token: string | null; uiLanguage: string | null } };

/**
 * Creates an account with its first organisation. Where the studio sends mail, the address must be
 * proven before the account may act: a verification link is mailed, and an address that already
 * has an account gets a mail saying so (token null) instead of a different answer on screen.
 * Without mail (development, the demo) a taken address is said openly and a new account is ready.
 */
export async function signUp(
  db: Database,
  input: { email: string; name: string; password: string; organisation: string; ip: string; uiLanguage?: UiLanguage },
  options: { mail: boolean },
): Promise<SignUpOutcome> {
  const attempts = await db.transaction((tx) => hitRateLimit(tx, `signup:ip:${input.ip}`, SIGN_UP_WINDOW_MS));
  if (attempts > MAX_SIGN_UPS_PER_IP) throw new AppError("throttled", "auth:signUp.throttled");
  // Hashed before the address is looked up, so a taken address answers as slowly as a new one.
  const passwordHash = await hashPassword(input.password);
  const existing = await findCredentials(db, input.email);
  if (existing) {
    if (!options.mail) throw new AppError("conflict", "errors.invalid_input", {}, { email: "auth:signUp.emailTaken" });
    // The mail goes to the account's owner: in their language, not the one who typed the address.
    return { kind: "check-mail", mail: { to: input.email, token: null, uiLanguage: existing.uiLanguage } };
  }
  const created = await db.transaction(async (tx) => {
    const { user, organisation } = await createUserWithOrganisation(tx, {
      email: input.email,
      name: input.name,
      passwordHash,
      organisationName: input.organisation,
      emailVerifiedAt: options.mail ? null : new Date(),
      uiLanguage: input.uiLanguage,
    });
    return { organisationId: organisation.id, token: options.mail ? await issueEmailVerification(tx, user.id) : null };
  });
  return options.mail ? { kind: "check-mail", mail: { to: input.email, token: created.token, uiLanguage: input.uiLanguage ?? null } } : { kind: "ready", organisationId: created.organisationId };
}
