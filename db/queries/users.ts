import type { Executor } from "../client";
import { users } from "../schema";

export async function insertUser(executor: Executor, input: { email: string; name: string; passwordHash: string }) {
  const [row] = await executor.insert(users).values(input).returning({ id: users.id, email: users.email, name: users.name });
  return row;
}
