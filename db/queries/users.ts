import type { Executor } from "../client";
import { users } from "../schema";

/** For accounts made by the installation itself (demo, fixtures): their addresses count as verified. */
export async function insertUser(executor: Executor, input: { email: string; name: string; passwordHash: string }) {
  const [row] = await executor.insert(users).values({ ...input, emailVerifiedAt: new Date() }).returning({ id: users.id, email: users.email, name: users.name });
  return row;
}

/** Whether the database holds any account yet (a first start seeds the demo organisation). */
export async function anyUserExists(executor: Executor): Promise<boolean> {
  const [row] = await executor.select({ id: users.id }).from(users).limit(1);
  return row !== undefined;
}
