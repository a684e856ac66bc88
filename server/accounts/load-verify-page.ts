import "server-only";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getUserProfile } from "@/db/queries/accounts";
import { HOME_PATH } from "@/lib/auth/safe-callback";
import { currentIdentity } from "../session";

/**
 * The page an unverified account lands on: its address and a way to get a new link. Signed out, it
 * only says to check the mail; verified, there is nothing to do here.
 */
export async function loadVerifyPage(): Promise<{ email: string | null }> {
  const { userId } = await currentIdentity();
  if (!userId) return { email: null };
  const user = await getUserProfile(await getDb(), userId);
  if (!user) return { email: null };
  if (user.emailVerifiedAt) redirect(HOME_PATH);
  return { email: user.email };
}
