import "server-only";
import type { Transaction } from "@/db/client";
import { insertAccount } from "@/db/queries/accounts";
import { recordAudit } from "@/db/queries/audit";
import { addMember } from "@/db/queries/memberships";
import { insertOrganisation } from "@/db/queries/organisations";
import type { UiLanguage } from "@/lib/i18n/settings";

export interface SignUpInput {
  email: string;
  name: string;
  passwordHash: string;
  organisationName: string;
  /** Null where the address must still be proven by a mailed link (see sign-up.ts). */
  emailVerifiedAt: Date | null;
  /** The UI language the person signed up in: their mail and later sign-ins use it. */
  uiLanguage?: UiLanguage;
}

/**
 * Creates a user and their first organisation, with them as its admin, and records the sign-up.
 * Runs in the caller's transaction (`tx`), because sign-up issues the verification token in the
 * same one; the seed and the test fixtures open their own.
 */
export async function createUserWithOrganisation(tx: Transaction, input: SignUpInput) {
  const user = await insertAccount(tx, { email: input.email, name: input.name, passwordHash: input.passwordHash, emailVerifiedAt: input.emailVerifiedAt, uiLanguage: input.uiLanguage ?? null });
  const organisation = await insertOrganisation(tx, input.organisationName);
  await addMember(tx, { organisationId: organisation.id, userId: user.id, roles: ["admin"] });
  await recordAudit(tx, {
    organisationId: organisation.id,
    actorId: user.id,
    action: "account.signed_up",
    subjectType: "user",
    subjectId: user.id,
    data: { email: user.email, organisation: organisation.name },
  });
  return { user, organisation };
}
