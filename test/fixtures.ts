import type { Database } from "@/db/client";
import { addMember } from "@/db/queries/memberships";
import { insertUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { POLICY_VERSION } from "@/lib/policy/version";
import { createUserWithOrganisation } from "@/server/accounts/create-user-with-organisation";
import { authorise, type GuardContext } from "@/server/guard";
import { currentContentHash } from "@/server/workflow/decide-approval";
import { approveVersion } from "@/server/workflow/transitions";

let counter = 0;
let cachedHash: Promise<string> | undefined;
export const FIXTURE_PASSWORD = "correct horse battery";

/** One hash for every fixture user: bcrypt is deliberately slow and tests make many users. */
function fixtureHash(): Promise<string> {
  cachedHash ??= hashPassword(FIXTURE_PASSWORD);
  return cachedHash;
}

export async function makeOrganisation(db: Database, name = "Test Shop") {
  counter++;
  const input = {
    emailVerifiedAt: new Date(),
    email: `admin${counter}-${Date.now()}@example.test`,
    name: `Admin ${counter}`,
    passwordHash: await fixtureHash(),
    organisationName: `${name} ${counter}`,
  };
  const { user, organisation } = await db.transaction((tx) => createUserWithOrganisation(tx, input));
  return { admin: user, organisation };
}

export async function makeMember(db: Database, organisationId: string, roles: Role[], locales: string[] = []) {
  counter++;
  const user = await insertUser(db, {
    email: `${roles.join("-")}${counter}-${Date.now()}@example.test`,
    name: `${roles.join(" ")} ${counter}`,
    passwordHash: await fixtureHash(),
  });
  const membership = await addMember(db, { organisationId, userId: user.id, roles, locales });
  return { ...user, membershipId: membership.id };
}

/** A member with these roles, as the guard sees them: what a server function is called with. */
export async function makeMemberContext(db: Database, organisationId: string, roles: Role[], locales: string[] = []) {
  const member = await makeMember(db, organisationId, roles, locales);
  return authorise({ userId: member.id, organisationId }, "organisation.view", db);
}

/**
 * Approves the version as it is now, as an approver whose review page shows the current content
 * (approveVersion signs the hash the page showed; tests of other things sign the current one).
 */
export async function approveAsShown(ctx: GuardContext, versionId: string) {
  return approveVersion(ctx, versionId, await currentContentHash(ctx.db, versionId, POLICY_VERSION));
}
