import type { Database } from "@/db/client";
import { endSessions } from "@/db/queries/accounts";
import { recordAccountEvent } from "./record-account-event";

/** Ends every session of the person on every device at once (the session version goes up). */
export async function signOutEverywhere(db: Database, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await endSessions(tx, userId);
    await recordAccountEvent(tx, userId, "account.signed_out_everywhere");
  });
}
