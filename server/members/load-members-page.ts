import "server-only";
import { listMembers } from "@/db/queries/memberships";
import { listOpenInvitations } from "@/db/queries/invitations";
import { pageContext } from "../page";

export async function loadMembersPage() {
  const ctx = await pageContext("members.read");
  const [members, invitations] = await Promise.all([listMembers(ctx.db, ctx.organisation.id), listOpenInvitations(ctx.db, ctx.organisation.id)]);
  return { organisationName: ctx.organisation.name, viewerId: ctx.user.id, members, invitations };
}
