import { eq } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { memberships, organisations, users } from "../schema";
import { recordAudit } from "./audit";
import type { Role } from "@/lib/auth/permissions";

/** Only what sign-in needs; never leaves the server. */
export async function findCredentials(executor: Executor, email: string) {
  const [row] = await executor
    .select({ id: users.id, passwordHash: users.passwordHash, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.email, email));
  return row ?? null;
}

export async function getUserProfile(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ id: users.id, email: users.email, name: users.name, uiLanguage: users.uiLanguage })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function emailExists(executor: Executor, email: string): Promise<boolean> {
  const [row] = await executor.select({ id: users.id }).from(users).where(eq(users.email, email));
  return Boolean(row);
}

export interface SignUpInput {
  email: string;
  name: string;
  passwordHash: string;
  organisationName: string;
}

/** Sign-up creates the user and their first organisation, with them as its admin, in one transaction. */
export async function createUserWithOrganisation(db: Database, input: SignUpInput) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash: input.passwordHash })
      .returning({ id: users.id, email: users.email, name: users.name });
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: input.organisationName })
      .returning({ id: organisations.id, name: organisations.name });
    const roles: Role[] = ["admin"];
    await tx.insert(memberships).values({ organisationId: organisation.id, userId: user.id, roles });
    await recordAudit(tx, {
      organisationId: organisation.id,
      actorId: user.id,
      action: "account.signed_up",
      subjectType: "user",
      subjectId: user.id,
      data: { email: user.email, organisation: organisation.name },
    });
    return { user, organisation };
  });
}

export async function setUiLanguage(executor: Executor, userId: string, uiLanguage: string): Promise<void> {
  await executor.update(users).set({ uiLanguage }).where(eq(users.id, userId));
}
