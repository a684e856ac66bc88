import type { Executor } from "@/db/client";
import { getSessionVersion } from "@/db/queries/accounts";

/**
 * A session is current while the account still exists and its session version is the one the
 * session was issued under (server/auth.ts asks on every read of the session).
 */
export async function isSessionCurrent(executor: Executor, session: { sub?: string | null; sessionVersion?: unknown }): Promise<boolean> {
  if (!session.sub) return false;
  const current = await getSessionVersion(executor, session.sub);
  return current !== null && current === session.sessionVersion;
}
