import "server-only";
import { getDatabase } from "@/db/client";
import { pingDatabase } from "@/db/queries/health";

/** Answers which database is in use once it has answered a query; throws when it does not. */
export async function checkDatabase(): Promise<{ kind: string }> {
  const { db, kind } = await getDatabase();
  await pingDatabase(db);
  return { kind };
}
