/**
 * The approval page and `approveVersion` ask one function whether a member may approve
 * (decideApproval): what the page offers is what the action allows, with the same reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { getVersion, listVariants } from "@/db/queries/templates";
import type { DocJSON } from "@/lib/editor/extensions";
import { approveAsShown, makeMemberContext, makeOrganisation } from "@/test/fixtures";
import type { GuardContext } from "../guard";
import { createTemplate } from "../templates/create-template";
import { saveVariant } from "../templates/save-variant";
import { listAuditEvents } from "@/db/queries/audit";
import { listApprovals } from "@/db/queries/workflow";
import { decideApproval, shownContentHash } from "./decide-approval";
import { loadVersionReview } from "./readiness";
import { approveVersion, submitVersion, withdrawVersion } from "./transitions";

let handle: DatabaseHandle;
let organisationId: string;
let authorAndApprover: GuardContext;
let approver: GuardContext;

const text = (...parts: (string | { placeholder: string })[]): DocJSON => ({
  type: "doc",
  content: [{ type: "paragraph", content: parts.map((p) => (typeof p === "string" ? { type: "text", text: p } : { type: "placeholder", attrs: { name: p.placeholder } })) }],
});

beforeAll(async () => {
  handle = await createTestDatabase();
  organisationId = (await makeOrganisation(handle.db)).organisation.id;
  const as = (roles: Parameters<typeof makeMemberContext>[2]) => makeMemberContext(handle.db, organisationId, roles);
  authorAndApprover = await as(["author", "approver"]);
  approver = await as(["approver"]);
});
afterAll(() => handle?.close());

/** A one-language template written and submitted by `by`. */
async function submittedBy(by: GuardContext, name: string) {
  const { versionId } = await createTemplate(by, { name, purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: [] });
  const [source] = await listVariants(handle.db, organisationId, versionId);
  await saveVariant(by, { variantId: source.id, baseRevision: source.revision, subject: "Delivery appointment for order {{order_id}}", doc: text("Please choose a delivery slot for order ", { placeholder: "order_id" }, ".") });
  await submitVersion(by, versionId);
  return versionId;
}

async function decisionFor(ctx: GuardContext, versionId: string) {
  const version = await getVersion(handle.db, organisationId, versionId);
  if (!version) throw new Error("version not found");
  return (await decideApproval(handle.db, ctx, version)).decision;
}

describe("one approval decision for the page and the action", () => {
  it("refuses an approver who wrote and submitted the version, with the reason the action gives", async () => {
    const versionId = await submittedBy(authorAndApprover, "Own work");
    const decision = await decisionFor(authorAndApprover, versionId);
    expect(decision).toMatchObject({ canApprove: false, reasonKey: "workflow:fourEyes.edited-this-version" });
    await expect(approveAsShown(authorAndApprover, versionId)).rejects.toMatchObject({ reason: "four-eyes", messageKey: decision.reasonKey });
  });

  it("offers approval to another approver, and the action then approves", async () => {
    const versionId = await submittedBy(authorAndApprover, "Someone else's work");
    expect(await decisionFor(approver, versionId)).toMatchObject({ canApprove: true });
    await expect(approveAsShown(approver, versionId)).resolves.toMatchObject({ state: "approved" });
    const after = await decisionFor(approver, versionId);
    expect(after.canApprove).toBe(false);
  });
});

describe("an approval signs what the approver saw", () => {
  /** The hash the review page sends: computed from the variants it loaded and rendered. */
  const pageHash = async (ctx: GuardContext, versionId: string) => shownContentHash((await loadVersionReview(ctx, versionId)).variants);
  const approvalAudits = async (versionId: string) => {
    const version = await getVersion(handle.db, organisationId, versionId);
    return listAuditEvents(handle.db, organisationId, { subjectId: version!.templateId, action: "version.approval_recorded" });
  };

  it("refuses (409, nothing recorded) when the author withdrew, edited and resubmitted while the page was open", async () => {
    const versionId = await submittedBy(authorAndApprover, "Changed under the approver");
    const seen = await pageHash(approver, versionId);
    await withdrawVersion(authorAndApprover, versionId);
    const [source] = await listVariants(handle.db, organisationId, versionId);
    await saveVariant(authorAndApprover, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: text("Please choose any delivery slot you like for order ", { placeholder: "order_id" }, ".") });
    await submitVersion(authorAndApprover, versionId);

    await expect(approveVersion(approver, versionId, seen)).rejects.toMatchObject({ status: 409, reason: "content-changed", messageKey: "workflow:errors.changed-since-opened" });
    expect(await listApprovals(handle.db, versionId)).toEqual([]);
    expect(await approvalAudits(versionId)).toEqual([]);
    expect((await getVersion(handle.db, organisationId, versionId))?.state).toBe("in_review");

    // Reloaded, the page shows the new text; approving that works and the audit says what was seen.
    const reloaded = await pageHash(approver, versionId);
    expect(reloaded).not.toBe(seen);
    await expect(approveVersion(approver, versionId, reloaded)).resolves.toMatchObject({ state: "approved" });
    const [audit] = await approvalAudits(versionId);
    expect(audit.data).toMatchObject({ contentHash: reloaded, seenContentHash: reloaded });
  });

  it("approves with the hash of the page as loaded when nothing changed", async () => {
    const versionId = await submittedBy(authorAndApprover, "Unchanged");
    await expect(approveVersion(approver, versionId, await pageHash(approver, versionId))).resolves.toMatchObject({ state: "approved" });
  });
});
