import { setting } from "@/lib/config/env";

/** AUTH_SECRET: the start check (scripts/env.ts) makes sure it exists before anything serves. */
export function serverSecret(): string {
  const secret = setting("AUTH_SECRET");
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}
