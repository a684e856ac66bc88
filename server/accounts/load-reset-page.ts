import "server-only";
import { getDb } from "@/db/client";
import { usableAccountTokenUser } from "@/db/queries/account-tokens";
import { hashToken } from "@/lib/auth/tokens";

/** Whether a reset link still works; looking at it uses nothing up. */
export async function loadResetPage(token: string): Promise<{ usable: boolean }> {
  return { usable: (await usableAccountTokenUser(await getDb(), "password-reset", hashToken(token))) !== null };
}
