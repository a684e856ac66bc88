import { sql } from "drizzle-orm";
import type { Executor } from "../client";

/** The cheapest round trip to the database: throws when it does not answer. */
export async function pingDatabase(executor: Executor): Promise<void> {
  await executor.execute(sql`select 1`);
}
