import { databaseTarget, openDatabase } from "@/db/client";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { demoSignInNotice, seedDemo } from "@/server/demo-seed";
import { anyUserExists } from "@/db/queries/users";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Migrates the database, and seeds the demo organisation when asked to or when the database has no
 * users yet (a first start). Closes it again so the server process can open it. Says what it is
 * doing as it goes: a first start takes a while (tables, then demo templates checked like any
 * other), and a silent terminal looks like a hang; a later start only opens and checks the schema.
 */
export async function prepareDatabase(
  { seedWhenEmpty }: { seedWhenEmpty: boolean },
  log: (line: string) => void = (line) => console.log(line),
): Promise<void> {
  const target = databaseTarget();
  const where = target.kind === "pglite" ? `embedded database in ${target.dataDir ?? "memory"}` : "PostgreSQL";
  let handle;
  const opening = performance.now();
  log(`Preparing the ${where}: opening it and bringing its tables up to date…`);
  try {
    handle = await openDatabase(target);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  log(`  tables up to date (${seconds(opening)})`);
  try {
    if (seedWhenEmpty && !(await anyUserExists(handle.db))) {
      const seeding = performance.now();
      log("First start: creating the demo organisation and checking its templates (about 10 s)…");
      if (await seedDemo(handle.db)) {
        log(`  demo organisation ready (${seconds(seeding)})`);
        log(demoSignInNotice());
      }
    }
    log(`Database ready (${handle.kind}${target.kind === "pglite" ? `: ${target.dataDir ?? "in memory"}` : ""}) in ${seconds(opening)}.`);
  } finally {
    await handle.close();
  }
}
