import "server-only";
import { listMembershipsOfUser } from "@/db/queries/memberships";
import { pageContext, viewerOf } from "../page";

/** The studio frame around every page: who is signed in and which organisations they can switch to. */
export async function loadStudioShell() {
  const ctx = await pageContext("organisation.view");
  const memberships = await listMembershipsOfUser(ctx.db, ctx.user.id);
  return {
    viewer: viewerOf(ctx),
    organisations: memberships.map((m) => ({ id: m.organisationId, name: m.organisationName })),
  };
}
