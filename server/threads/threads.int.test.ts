/**
 * Issue 16 item 3: comment threads on a version's variants. Mentions reach the inbox of the members
 * named (and nobody the text does not name), a translator's "problem in the source" reaches the
 * authors, replies reach the thread's participants, resolve and reopen are decided on the locked
 * row, every comment is in the audit log, and the organisation can make open threads block
 * submission. Runs on PGlite and, when reachable, PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listNotifications } from "@/db/queries/workflow";
import { listAuditEvents } from "@/db/queries/audit";
import { listVariants } from "@/db/queries/templates";
import { setOrganisationSettings } from "@/db/queries/organisations";
import type { GuardContext } from "@/server/guard";
import { makeMemberContext } from "@/test/fixtures";
import { createDraftTemplate, fillVariants, makeDeliveryOrganisation, type DeliveryOrganisation } from "@/test/publish-fixture";
import { loadVersionReview } from "../workflow/readiness";
import { acknowledgeWarning, submitVersion } from "../workflow/transitions";
import { requireOrganisationSettings } from "../settings/organisation-settings";
import { startThread } from "./start-thread";
import { replyToThread } from "./reply-to-thread";
import { setThreadResolved } from "./set-thread-resolved";
import { loadVersionThreads } from "./load-threads";

let handle: DatabaseHandle;
let org: DeliveryOrganisation;
let translator: GuardContext;
let versionId: string;
let templateId: string;
let germanId: string;
let sourceId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  org = await makeDeliveryOrganisation(handle.db, "Thread Shop");
  translator = await makeMemberContext(handle.db, org.organisationId, ["translator"], ["de-DE"]);
  const input = { name: "Delivery appointment", purpose: "delivery-scheduling" as const, sourceLocale: "en-GB" as const, targetLocales: ["de-DE" as const] };
  ({ templateId, versionId } = await createDraftTemplate(org, input));
  await fillVariants(org.author, versionId, input);
  const variants = await listVariants(handle.db, org.organisationId, versionId);
  germanId = variants.find((v) => v.locale === "de-DE")!.id;
  sourceId = variants.find((v) => v.isSource)!.id;
});
afterAll(async () => {
  await handle?.close();
});

const kindsFor = async (ctx: GuardContext) => (await listNotifications(handle.db, org.organisationId, ctx.user.id)).map((n) => n.kind);

describe("comment threads", () => {
  it("notifies exactly the members a comment @mentions, and records it in the audit log", async () => {
    const before = { approver: await kindsFor(org.approver), admin: await kindsFor(org.admin) };
    const body = `@${org.approver.user.name} is "Lieferfenster" the word we use? (not ${org.admin.user.name})`;
    const { threadId } = await startThread(translator, { variantId: germanId, kind: "comment", body, anchorUnit: null });
    const approverInbox = await listNotifications(handle.db, org.organisationId, org.approver.user.id);
    expect(approverInbox.length).toBe(before.approver.length + 1);
    expect(approverInbox[0]).toMatchObject({ kind: "thread_mention", templateId, versionId, data: { threadId, by: translator.user.name } });
    // Named without "@": not a mention.
    expect(await kindsFor(org.admin)).toEqual(before.admin);
    const events = await listAuditEvents(handle.db, org.organisationId, { action: "thread.started" });
    expect(events.some((e) => (e.data as { threadId?: string }).threadId === threadId && (e.data as { body?: string }).body === body)).toBe(true);
  });

  it("anchors a thread to a unit of the source and keeps that unit's text; refuses a unit the source lacks", async () => {
    const { threadId } = await startThread(translator, { variantId: germanId, kind: "comment", body: "Zu lang?", anchorUnit: "subject" });
    const { threads } = await loadVersionThreads(translator, versionId);
    const thread = threads.find((t) => t.id === threadId)!;
    expect(thread.anchorUnit).toBe("subject");
    expect(thread.anchorText?.length).toBeGreaterThan(0);
    await expect(startThread(translator, { variantId: germanId, kind: "comment", body: "x", anchorUnit: "b999" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("tells the authors of a problem in the source, and shows it as such; never on the source itself", async () => {
    const before = await kindsFor(org.author);
    const { threadId } = await startThread(translator, { variantId: germanId, kind: "source_problem", body: "The source says 'tomorrow' but the order date is a placeholder.", anchorUnit: "b0" });
    expect((await kindsFor(org.author)).length).toBe(before.length + 1);
    expect((await kindsFor(org.author))[0]).toBe("source_problem");
    const { threads } = await loadVersionThreads(org.author, versionId);
    expect(threads.find((t) => t.id === threadId)).toMatchObject({ kind: "source_problem", locale: "de-DE" });
    await expect(startThread(translator, { variantId: sourceId, kind: "source_problem", body: "x", anchorUnit: null })).rejects.toMatchObject({ code: "unprocessable" });
  });

  it("tells earlier participants of a reply; resolve and reopen are decided on the current state; a reply reopens", async () => {
    const { threadId } = await startThread(translator, { variantId: germanId, kind: "comment", body: "Which greeting?", anchorUnit: null });
    const before = await kindsFor(translator);
    await replyToThread(org.author, { threadId, body: "The formal one." });
    expect(await kindsFor(translator)).toEqual(["thread_reply", ...before]);

    await setThreadResolved(org.author, { threadId, resolved: true });
    // Someone else, looking at the open thread, resolves it too: told, nothing changes.
    await expect(setThreadResolved(translator, { threadId, resolved: true })).rejects.toMatchObject({ code: "conflict" });
    let thread = (await loadVersionThreads(translator, versionId)).threads.find((t) => t.id === threadId)!;
    expect(thread.resolvedByName).toBe(org.author.user.name);

    const { reopened } = await replyToThread(translator, { threadId, body: "One more question." });
    expect(reopened).toBe(true);
    thread = (await loadVersionThreads(translator, versionId)).threads.find((t) => t.id === threadId)!;
    expect(thread.resolvedAt).toBeNull();
    expect(thread.comments.map((c) => c.body)).toEqual(["Which greeting?", "The formal one.", "One more question."]);
    const actions = (await listAuditEvents(handle.db, org.organisationId, {})).filter((e) => (e.data as { threadId?: string }).threadId === threadId).map((e) => e.action);
    expect(actions.sort()).toEqual(["thread.replied", "thread.replied", "thread.resolved", "thread.started"]);
  });

  it("keeps organisations apart", async () => {
    const other = await makeDeliveryOrganisation(handle.db, "Other Thread Shop");
    await expect(startThread(other.author, { variantId: germanId, kind: "comment", body: "hi", anchorUnit: null })).rejects.toMatchObject({ code: "not_found" });
    const { threads } = await loadVersionThreads(org.author, versionId);
    await expect(replyToThread(other.author, { threadId: threads[0]!.id, body: "hi" })).rejects.toMatchObject({ code: "not_found" });
    await expect(setThreadResolved(other.author, { threadId: threads[0]!.id, resolved: true })).rejects.toMatchObject({ code: "not_found" });
    expect((await loadVersionThreads(other.author, versionId)).threads).toEqual([]);
  });

  it("blocks submission while threads are open only where the organisation says so", async () => {
    const review = await loadVersionReview(org.author, versionId);
    for (const variant of review.variants) {
      for (const [index, finding] of variant.policyFindings.entries()) {
        if (finding.severity === "warning") await acknowledgeWarning(org.author, { versionId, variantId: variant.id, findingKey: variant.findingKeys[index]!, reason: "Checked." });
      }
    }
    const settings = await requireOrganisationSettings(handle.db, org.organisationId);
    await setOrganisationSettings(handle.db, org.organisationId, { ...settings, threadsBlockSubmission: true });
    const blocked = await loadVersionReview(org.author, versionId);
    const problems = blocked.readiness.problems.filter((p) => p.kind === "open-threads");
    expect(problems).toEqual([expect.objectContaining({ locale: "de-DE", params: expect.objectContaining({ count: blocked.openThreadCount }) })]);
    await expect(submitVersion(org.author, versionId)).rejects.toBeTruthy();

    for (const thread of (await loadVersionThreads(org.author, versionId)).threads) {
      if (thread.resolvedAt === null) await setThreadResolved(org.author, { threadId: thread.id, resolved: true });
    }
    expect((await loadVersionReview(org.author, versionId)).readiness.problems.filter((p) => p.kind === "open-threads")).toEqual([]);
    await submitVersion(org.author, versionId);
  });
});
