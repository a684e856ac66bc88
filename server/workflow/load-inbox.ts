import "server-only";
import { listNotifications } from "@/db/queries/workflow";
import { listPendingProposals } from "@/db/queries/allowed-words";
import { can } from "@/lib/auth/permissions";
import { pageContext } from "../page";

/** The member's notifications and, for admins, the allowed words members proposed and await a decision. */
export async function loadInbox() {
  const ctx = await pageContext("organisation.view");
  const [items, proposals] = await Promise.all([
    listNotifications(ctx.db, ctx.organisation.id, ctx.user.id),
    can(ctx.roles, "settings.update") ? listPendingProposals(ctx.db, ctx.organisation.id) : null,
  ]);
  return { items, proposals };
}

/** A proposed allowed word as the inbox shows it. */
export type WordProposalView = NonNullable<Awaited<ReturnType<typeof loadInbox>>["proposals"]>[number];
