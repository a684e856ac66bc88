import "server-only";
import { getDb } from "@/db/client";
import { isPasswordResetTokenUsable } from "@/db/queries/password-resets";
import { hashToken } from "@/lib/auth/tokens";

/** Whether a reset link still works; looking at it uses nothing up. */
export async function loadResetPage(token: string): Promise<{ usable: boolean }> {
  return { usable: await isPasswordResetTokenUsable(await getDb(), hashToken(token)) };
}
