import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { makeMember, makeOrganisation } from "@/test/fixtures";
import { listAuditEvents } from "./audit";
import { acceptInvitation, createInvitation, findOpenInvitation, listOpenInvitations, revokeInvitation } from "./invitations";
import { findMembership, listMembers, removeMember, updateMemberRoles } from "./memberships";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

describe("invitations and memberships", () => {
  it("invites, accepts once with a new account, and records both steps", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    const token = newToken();
    await createInvitation(handle.db, { organisationId: organisation.id, invitedBy: admin.id, email: "new@example.test", roles: ["translator"], locales: ["de-DE"], tokenHash: hashToken(token) , linkShown: true});
    expect(await findOpenInvitation(handle.db, hashToken(token))).toMatchObject({ email: "new@example.test", hasAccount: false, organisationName: organisation.name });
    const { userId } = await acceptInvitation(handle.db, { tokenHash: hashToken(token), newAccount: { name: "New", passwordHash: "x" } });
    expect(await findMembership(handle.db, userId, organisation.id)).toMatchObject({ roles: ["translator"], locales: ["de-DE"] });
    await expect(acceptInvitation(handle.db, { tokenHash: hashToken(token), newAccount: { name: "Again", passwordHash: "x" } })).rejects.toBeInstanceOf(AppError);
    const actions = (await listAuditEvents(handle.db, organisation.id, { order: "asc" })).map((e) => e.action);
    expect(actions).toEqual(["account.signed_up", "invitation.created", "invitation.accepted"]);
  });

  it("lets an existing user join a second organisation", async () => {
    const first = await makeOrganisation(handle.db);
    const second = await makeOrganisation(handle.db);
    const token = newToken();
    await createInvitation(handle.db, { organisationId: second.organisation.id, invitedBy: second.admin.id, email: first.admin.email, roles: ["approver"], locales: [], tokenHash: hashToken(token) , linkShown: true});
    expect((await findOpenInvitation(handle.db, hashToken(token)))?.hasAccount).toBe(true);
    await acceptInvitation(handle.db, { tokenHash: hashToken(token), existingUserId: first.admin.id });
    expect(await findMembership(handle.db, first.admin.id, second.organisation.id)).toMatchObject({ roles: ["approver"] });
  });

  it("refuses to invite a member twice and keeps only the newest open invitation per address", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    await expect(
      createInvitation(handle.db, { organisationId: organisation.id, invitedBy: admin.id, email: admin.email, roles: ["author"], locales: [], tokenHash: hashToken(newToken()) , linkShown: true}),
    ).rejects.toMatchObject({ code: "conflict" });
    const older = newToken();
    const newer = newToken();
    for (const token of [older, newer]) {
      await createInvitation(handle.db, { organisationId: organisation.id, invitedBy: admin.id, email: "twice@example.test", roles: ["author"], locales: ["fr-FR"], tokenHash: hashToken(token) , linkShown: true});
    }
    expect(await findOpenInvitation(handle.db, hashToken(older))).toBeNull();
    const open = await listOpenInvitations(handle.db, organisation.id);
    expect(open).toHaveLength(1);
    expect(open[0].locales).toEqual([]); // locales only matter for translators
    await revokeInvitation(handle.db, { organisationId: organisation.id, actorId: admin.id, invitationId: open[0].id });
    expect(await findOpenInvitation(handle.db, hashToken(newer))).toBeNull();
  });

  it("never leaves an organisation without an admin, and scopes changes to the organisation", async () => {
    const { admin, organisation } = await makeOrganisation(handle.db);
    const other = await makeOrganisation(handle.db);
    const [self] = (await listMembers(handle.db, organisation.id)).filter((m) => m.userId === admin.id);
    await expect(updateMemberRoles(handle.db, { organisationId: organisation.id, actorId: admin.id, membershipId: self.membershipId, roles: ["author"], locales: [] })).rejects.toMatchObject({ code: "conflict" });
    await expect(removeMember(handle.db, { organisationId: organisation.id, actorId: admin.id, membershipId: self.membershipId })).rejects.toMatchObject({ code: "conflict" });
    // Another organisation's admin cannot reach this membership.
    await expect(updateMemberRoles(handle.db, { organisationId: other.organisation.id, actorId: other.admin.id, membershipId: self.membershipId, roles: ["admin"], locales: [] })).rejects.toMatchObject({ code: "not_found" });
    const helper = await makeMember(handle.db, organisation.id, ["author"]);
    await updateMemberRoles(handle.db, { organisationId: organisation.id, actorId: admin.id, membershipId: helper.membershipId, roles: ["admin", "translator"], locales: ["ja-JP"] });
    await updateMemberRoles(handle.db, { organisationId: organisation.id, actorId: admin.id, membershipId: self.membershipId, roles: ["approver"], locales: [] });
    expect(await findMembership(handle.db, helper.id, organisation.id)).toMatchObject({ roles: ["admin", "translator"], locales: ["ja-JP"] });
    const change = (await listAuditEvents(handle.db, organisation.id, { action: "member.roles_changed" }))[0];
    expect(change.data).toMatchObject({ to: { roles: ["approver"] } });
  });
});
