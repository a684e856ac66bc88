/**
 * Issue 14 item 2: one admin cannot manufacture a second identity. Where mail is sent the invitation
 * link goes only to the mailbox; without mail it is shown, and the audit log, the membership and
 * every approval by that member say so.
 */
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import { createMailOutbox, type MailOutbox } from "@/test/mail-outbox";
import type { DatabaseHandle } from "@/db/client";
import { approvals } from "@/db/schema";
import { listAuditEvents } from "@/db/queries/audit";
import { hashToken } from "@/lib/auth/tokens";
import { authorise } from "@/server/guard";
import { makeDeliveryOrganisation, publishTemplate } from "@/test/publish-fixture";
import { acceptInvitation } from "../invitations/accept-invitation";
import { inviteMember } from "./invite-member";

let handle: DatabaseHandle;
let outbox: MailOutbox;
beforeAll(async () => {
  handle = await createTestDatabase();
  outbox = await createMailOutbox();
});
afterAll(async () => {
  await handle?.close();
  await outbox?.close();
});
afterEach(() => {
  outbox.stopCapturing();
});

const OPTIONS = { origin: "https://studio.example.test", uiLanguage: "en" as const };

describe("invitations", () => {
  it("with mail, sends the link to the mailbox only and never returns it to the inviter", async () => {
    outbox.capture();
    const org = await makeDeliveryOrganisation(handle.db, "Mailed Invitations");
    const outcome = await inviteMember(org.admin, { email: "new-approver@example.test", roles: ["approver"], locales: [] }, OPTIONS);
    expect(outcome).toEqual({ email: "new-approver@example.test", link: null, mail: "sent" });
    const [mail] = await outbox.mailsTo("new-approver@example.test");
    expect(mail.text).toMatch(/https:\/\/studio\.example\.test\/invite\/[\w-]{20,}/);
    const [created] = await listAuditEvents(handle.db, org.organisationId, { action: "invitation.created" });
    expect(created.data).not.toHaveProperty("linkShownToInviter");
  });

  it("without mail, shows the link, and the audit log, the membership and the approvals carry that", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Shown Invitations");
    const outcome = await inviteMember(org.admin, { email: "second-self@example.test", roles: ["approver"], locales: [] }, OPTIONS);
    expect(outcome.mail).toBe("not_configured");
    expect(outcome.link).toMatch(/^https:\/\/studio\.example\.test\/invite\//);
    const [created] = await listAuditEvents(handle.db, org.organisationId, { action: "invitation.created" });
    expect(created.data).toMatchObject({ linkShownToInviter: true });

    const token = outcome.link!.split("/").pop()!;
    const { userId } = await acceptInvitation(handle.db, { tokenHash: hashToken(token), newAccount: { name: "Second Self", passwordHash: "x" } });
    const [accepted] = await listAuditEvents(handle.db, org.organisationId, { action: "invitation.accepted" });
    expect(accepted.data).toMatchObject({ linkShownToInviter: true });

    // This approver signs off a version: the approval row and its audit entry say how they joined.
    const approver = await authorise({ userId, organisationId: org.organisationId }, "organisation.view", handle.db);
    expect(approver.invitationLinkShown).toBe(true);
    const published = await publishTemplate({ ...org, approver }, { name: "Shown-link approval", purpose: "order-problem", sourceLocale: "en-US" });
    const rows = await handle.db.select({ shown: approvals.approverInvitationLinkShown }).from(approvals).where(eq(approvals.versionId, published.versionId));
    expect(rows).toEqual([{ shown: true }]);
    const [recorded] = await listAuditEvents(handle.db, org.organisationId, { action: "version.approval_recorded" });
    expect(recorded.data).toMatchObject({ approverInvitationLinkShown: true });

    // An approver who joined any other way is recorded without the mark.
    const other = await publishTemplate(org, { name: "Ordinary approval", purpose: "order-problem", sourceLocale: "en-US" });
    const otherRows = await handle.db.select({ shown: approvals.approverInvitationLinkShown }).from(approvals).where(eq(approvals.versionId, other.versionId));
    expect(otherRows).toEqual([{ shown: false }]);
  });
});
