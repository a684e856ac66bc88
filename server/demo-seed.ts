import type { Database } from "@/db/client";
import { findCredentials } from "@/db/queries/accounts";
import { addMember } from "@/db/queries/memberships";
import { insertUser } from "@/db/queries/users";
import { createUserWithOrganisation } from "./accounts/create-user-with-organisation";
import { seedDemoTemplates } from "./demo-templates";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";

/** The one development password of the demo users; printed on the console, never used in production. */
export const DEMO_PASSWORD = "permitted-demo";
export const DEMO_ORGANISATION = "Demo Shop";

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; roles: Role[]; locales?: string[] }> = [
  { email: "admin@demo.test", name: "Ada Admin", roles: ["admin"] },
  { email: "author@demo.test", name: "Arun Author", roles: ["author"] },
  { email: "translator@demo.test", name: "Tanja Translator", roles: ["translator"], locales: ["de-DE", "fr-FR"] },
  { email: "approver@demo.test", name: "Priya Approver", roles: ["approver"] },
];

/** Creates the demo organisation and its four users, once; returns false when they already exist. */
export async function seedDemo(db: Database): Promise<boolean> {
  if (await findCredentials(db, DEMO_USERS[0].email)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [admin, ...others] = DEMO_USERS;
  const { organisation } = await db.transaction((tx) =>
    createUserWithOrganisation(tx, {
      emailVerifiedAt: new Date(),
      email: admin.email,
      name: admin.name,
      passwordHash,
      organisationName: DEMO_ORGANISATION,
    }),
  );
  const ids: Record<string, string> = { [admin.email]: (await findCredentials(db, admin.email))!.id };
  await db.transaction(async (tx) => {
    for (const person of others) {
      const user = await insertUser(tx, { email: person.email, name: person.name, passwordHash });
      await addMember(tx, { organisationId: organisation.id, userId: user.id, roles: person.roles, locales: person.locales });
      ids[person.email] = user.id;
    }
  });
  await seedDemoTemplates(db, {
    organisationId: organisation.id,
    authorId: ids["author@demo.test"],
    translatorId: ids["translator@demo.test"],
    approverId: ids["approver@demo.test"],
  });
  return true;
}

/** Where a local studio answers: AUTH_URL when set, else localhost on PORT (3000 by default). */
export function localStudioUrl(env: Record<string, string | undefined> = process.env): string {
  return env.AUTH_URL || `http://localhost:${env.PORT || "3000"}`;
}

export function demoSignInNotice(baseUrl: string = localStudioUrl()): string {
  return [
    "",
    `  Demo organisation "${DEMO_ORGANISATION}" is ready. Sign in at ${baseUrl}/sign-in with`,
    ...DEMO_USERS.map((u) => `    ${u.email.padEnd(22)} (${u.roles.join(", ")}${u.locales ? `: ${u.locales.join(", ")}` : ""})`),
    `  and the password: ${DEMO_PASSWORD}`,
    "",
  ].join("\n");
}
