import "server-only";
import { listNotifications } from "@/db/queries/workflow";
import { pageContext } from "../page";

export async function loadInbox() {
  const ctx = await pageContext("organisation.view");
  return listNotifications(ctx.db, ctx.organisation.id, ctx.user.id);
}
