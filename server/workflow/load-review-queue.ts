import "server-only";
import { reviewQueue } from "@/db/queries/workflow";
import { pageContext } from "../page";

/** Versions waiting for an approver's decision. */
export async function loadReviewQueue() {
  const ctx = await pageContext("versions.review");
  return reviewQueue(ctx.db, ctx.organisation.id);
}
