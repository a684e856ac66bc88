import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { findOpenInvitation, listOpenInvitations } from "@/db/queries/invitations";
import { findMembership, listMembers } from "@/db/queries/memberships";
import { hashToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { authorise, type GuardContext } from "@/server/guard";
import { makeMember, makeOrganisation } from "@/test/fixtures";
import { acceptInvitation } from "../invitations/accept-invitation";
import { inviteMember } from "./invite-member";
import { removeMember } from "./remove-member";
import { revokeInvitation } from "./revoke-invitation";
import { updateMemberRoles } from "./update-member-roles";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

/** An organisation and its admin as the guard sees them. */
async function organisationWithAdmin() {
  const { admin, organisation } = await makeOrganisation(handle.db);
  const ctx = await authorise({ userId: admin.id, organisationId: organisation.id }, "organisation.view", handle.db);
  return { admin, organisation, ctx };
}

/** Invites without mail (none is configured in tests): the link, and so the token, comes back. */
async function invite(ctx: GuardContext, input: Parameters<typeof inviteMember>[1]): Promise<string> {
  const outcome = await inviteMember(ctx, input, { origin: "https://studio.example.test", uiLanguage: "en" });
  return outcome.link!.split("/").pop()!;
}

describe("invitations and memberships", () => {
  it("invites, accepts once with a new account, and records both steps", async () => {
    const { organisation, ctx } = await organisationWithAdmin();
    const token = await invite(ctx, { email: "new@example.test", roles: ["translator"], locales: ["de-DE"] });
    expect(await findOpenInvitation(handle.db, hashToken(token))).toMatchObject({ email: "new@example.test", hasAccount: false, organisationName: organisation.name });
    const { userId } = await acceptInvitation(handle.db, { tokenHash: hashToken(token), newAccount: { name: "New", passwordHash: "x" } });
    expect(await findMembership(handle.db, userId, organisation.id)).toMatchObject({ roles: ["translator"], locales: ["de-DE"] });
    await expect(acceptInvitation(handle.db, { tokenHash: hashToken(token), newAccount: { name: "Again", passwordHash: "x" } })).rejects.toBeInstanceOf(AppError);
    const actions = (await listAuditEvents(handle.db, organisation.id, { order: "asc" })).map((e) => e.action);
    expect(actions).toEqual(["account.signed_up", "invitation.created", "invitation.accepted"]);
  });

  it("lets an existing user join a second organisation", async () => {
    const first = await organisationWithAdmin();
    const second = await organisationWithAdmin();
    const token = await invite(second.ctx, { email: first.admin.email, roles: ["approver"], locales: [] });
    expect((await findOpenInvitation(handle.db, hashToken(token)))?.hasAccount).toBe(true);
    await acceptInvitation(handle.db, { tokenHash: hashToken(token), existingUserId: first.admin.id });
    expect(await findMembership(handle.db, first.admin.id, second.organisation.id)).toMatchObject({ roles: ["approver"] });
  });

  it("refuses to invite a member twice and keeps only the newest open invitation per address", async () => {
    const { admin, organisation, ctx } = await organisationWithAdmin();
    await expect(invite(ctx, { email: admin.email, roles: ["author"], locales: [] })).rejects.toMatchObject({ code: "conflict" });
    const older = await invite(ctx, { email: "twice@example.test", roles: ["author"], locales: ["fr-FR"] });
    const newer = await invite(ctx, { email: "twice@example.test", roles: ["author"], locales: ["fr-FR"] });
    expect(await findOpenInvitation(handle.db, hashToken(older))).toBeNull();
    const open = await listOpenInvitations(handle.db, organisation.id);
    expect(open).toHaveLength(1);
    expect(open[0].locales).toEqual([]); // locales only matter for translators
    await revokeInvitation(ctx, open[0].id);
    expect(await findOpenInvitation(handle.db, hashToken(newer))).toBeNull();
    await expect(revokeInvitation(ctx, open[0].id)).rejects.toMatchObject({ code: "not_found" });
    const actions = (await listAuditEvents(handle.db, organisation.id, { action: "invitation.revoked" })).map((e) => e.data);
    expect(actions).toEqual([{ email: "twice@example.test" }]);
  });

  it("never leaves an organisation without an admin, and scopes changes to the organisation", async () => {
    const { admin, organisation, ctx } = await organisationWithAdmin();
    const other = await organisationWithAdmin();
    const [self] = (await listMembers(handle.db, organisation.id)).filter((m) => m.userId === admin.id);
    await expect(updateMemberRoles(ctx, { membershipId: self.membershipId, roles: ["author"], locales: [] })).rejects.toMatchObject({ code: "conflict" });
    await expect(removeMember(ctx, self.membershipId)).rejects.toMatchObject({ code: "conflict" });
    // Another organisation's admin cannot reach this membership.
    await expect(updateMemberRoles(other.ctx, { membershipId: self.membershipId, roles: ["admin"], locales: [] })).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(other.ctx, self.membershipId)).rejects.toMatchObject({ code: "not_found" });
    const helper = await makeMember(handle.db, organisation.id, ["author"]);
    await updateMemberRoles(ctx, { membershipId: helper.membershipId, roles: ["admin", "translator"], locales: ["ja-JP"] });
    await updateMemberRoles(ctx, { membershipId: self.membershipId, roles: ["approver"], locales: [] });
    expect(await findMembership(handle.db, helper.id, organisation.id)).toMatchObject({ roles: ["admin", "translator"], locales: ["ja-JP"] });
    const change = (await listAuditEvents(handle.db, organisation.id, { action: "member.roles_changed" }))[0];
    expect(change.data).toMatchObject({ to: { roles: ["approver"] } });
    // With another admin now, the former admin (an approver) can be removed.
    await removeMember(ctx, self.membershipId);
    expect(await findMembership(handle.db, admin.id, organisation.id)).toBeNull();
    const [removed] = await listAuditEvents(handle.db, organisation.id, { action: "member.removed" });
    expect(removed).toMatchObject({ subjectId: admin.id, data: { roles: ["approver"] } });
  });
});
