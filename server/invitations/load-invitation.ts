import "server-only";
import { getDb } from "@/db/client";
import { findOpenInvitation } from "@/db/queries/invitations";
import { hashToken } from "@/lib/auth/tokens";

/** The open invitation a link's token stands for, or null when it is unknown, used or expired. */
export async function loadInvitation(token: string) {
  return findOpenInvitation(await getDb(), hashToken(token));
}
