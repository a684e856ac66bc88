import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";

/** Answers which database is in use once it has answered a query; throws when it does not. */
export async function checkDatabase(): Promise<{ kind: string }> {
  const { db, kind } = await getDatabase();
  await db.execute(sql`select 1`);
  return { kind };
}
