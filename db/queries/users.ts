import type { Executor } from "../client";
import { users } from "../schema";

/** For accounts made by the installation itself (demo, fixtures): their addresses count as verified. */
export async function insertUser(executor: Executor, input: { email: string; name: string; passwordHash: string }) {
  const [row] = await executor.insert(users).values({ ...input, emailVerifiedAt: new Date() }).returning({ id: users.id, email: users.email, name: users.name });
  return row;
}
