import { databaseTarget, openDatabase } from "@/db/client";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { demoSignInNotice, seedDemo } from "@/server/demo-seed";
import { users } from "@/db/schema";

/**
 * Migrates the database, and seeds the demo organisation when asked to or when the database has no
 * users yet (a first start). Closes it again so the server process can open it.
 */
export async function prepareDatabase({ seedWhenEmpty }: { seedWhenEmpty: boolean }): Promise<void> {
  const target = databaseTarget();
  let handle;
  try {
    handle = await openDatabase(target);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  try {
    const [anyUser] = await handle.db.select({ id: users.id }).from(users).limit(1);
    if (seedWhenEmpty && !anyUser && (await seedDemo(handle.db))) console.log(demoSignInNotice());
    console.log(`Database ready (${handle.kind}${target.kind === "pglite" ? `: ${target.dataDir ?? "in memory"}` : ""}).`);
  } finally {
    await handle.close();
  }
}
