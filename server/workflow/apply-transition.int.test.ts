/**
 * Every change of a version's state goes through applyTransition: after each step of a version's
 * life exactly one audit event records it, named after the event, and the stored state is the one
 * the state machine gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { getVersion, listVariants } from "@/db/queries/templates";
import { startNewVersion } from "@/server/templates/start-new-version";
import { listAuditEvents } from "@/db/queries/audit";
import type { DocJSON } from "@/lib/editor/extensions";
import { approveAsShown, makeMemberContext, makeOrganisation } from "@/test/fixtures";
import type { GuardContext } from "../guard";
import { createTemplate } from "../templates/create-template";
import { saveVariant } from "../templates/save-variant";
import { TRANSITION_AUDIT_ACTIONS } from "./apply-transition";
import { publishVersion, reopenVersion, requestChanges, rollbackToVersion, submitVersion, withdrawVersion } from "./transitions";

let handle: DatabaseHandle;
let organisationId: string;
let author: GuardContext;
let approver: GuardContext;

const STATE_ACTIONS = new Set(Object.values(TRANSITION_AUDIT_ACTIONS));
const text = (words: string): DocJSON => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: words }, { type: "placeholder", attrs: { name: "order_id" } }, { type: "text", text: "." }] }],
});

beforeAll(async () => {
  handle = await createTestDatabase();
  organisationId = (await makeOrganisation(handle.db)).organisation.id;
  const as = (roles: Parameters<typeof makeMemberContext>[2]) => makeMemberContext(handle.db, organisationId, roles);
  author = await as(["author"]);
  approver = await as(["approver"]);
});
afterAll(() => handle?.close());

async function edit(versionId: string, words: string) {
  const [source] = await listVariants(handle.db, organisationId, versionId);
  const saved = await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: "Delivery slot for order {{order_id}}", doc: text(words) });
  if (!saved.ok) throw new Error("conflict");
}

describe("one audit event per state change", () => {
  it("records each transition once, with its action, and stores the state it leads to", async () => {
    const { templateId, versionId: first } = await createTemplate(author, { name: "Lifecycle", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: [] });
    let seen = 0;
    /** Runs a step and returns the state-change events it recorded, with the versions' states after it. */
    const step = async (run: () => Promise<unknown>) => {
      await run();
      const events = (await listAuditEvents(handle.db, organisationId, { subjectId: templateId, order: "asc", limit: 500 })).filter((e) => STATE_ACTIONS.has(e.action));
      const fresh = events.slice(seen).map((e) => e.action);
      seen = events.length;
      return fresh;
    };
    const stateOf = async (versionId: string) => (await getVersion(handle.db, organisationId, versionId))?.state;

    await edit(first, "Please choose a delivery slot for order ");
    expect(await step(() => submitVersion(author, first))).toEqual(["version.submitted"]);
    expect(await stateOf(first)).toBe("in_review");
    expect(await step(() => withdrawVersion(author, first))).toEqual(["version.withdrawn"]);
    expect(await stateOf(first)).toBe("draft");
    await step(() => submitVersion(author, first));
    expect(await step(() => requestChanges(approver, { versionId: first, comment: "Say which days.", locale: null }))).toEqual(["version.changes_requested"]);
    expect(await step(() => reopenVersion(author, first))).toEqual(["version.reopened"]);
    expect(await stateOf(first)).toBe("draft");
    await step(() => submitVersion(author, first));
    await step(() => requestChanges(approver, { versionId: first, comment: "Shorter, please.", locale: null }));
    // An edit of a version sent back for changes reopens it, recorded like an explicit reopen.
    expect(await step(() => edit(first, "Please pick a delivery slot for order "))).toEqual(["version.reopened"]);
    expect(await stateOf(first)).toBe("draft");
    expect(await step(() => edit(first, "Please pick a delivery day for order "))).toEqual([]);
    await step(() => submitVersion(author, first));
    expect(await step(() => approveAsShown(approver, first))).toEqual(["version.approved"]);
    expect(await step(() => publishVersion(approver, first))).toEqual(["version.published"]);

    const second = (await startNewVersion(author, { templateId, fromVersionId: first })).versionId;
    await edit(second, "Please choose a delivery day this week for order ");
    await step(() => submitVersion(author, second));
    await step(() => approveAsShown(approver, second));
    expect(await step(() => publishVersion(approver, second))).toEqual(["version.superseded", "version.published"]);
    expect([await stateOf(first), await stateOf(second)]).toEqual(["superseded", "published"]);
    expect(await step(() => rollbackToVersion(approver, first))).toEqual(["version.superseded", "version.rolled_back"]);
    expect([await stateOf(first), await stateOf(second)]).toEqual(["published", "superseded"]);
  });

  it("records nothing when a step is refused", async () => {
    const { templateId, versionId } = await createTemplate(author, { name: "Refused", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: [] });
    await edit(versionId, "Please choose a delivery slot for order ");
    await expect(publishVersion(approver, versionId)).rejects.toMatchObject({ reason: "invalid-transition" });
    await expect(withdrawVersion(author, versionId)).rejects.toMatchObject({ reason: "invalid-transition" });
    const events = await listAuditEvents(handle.db, organisationId, { subjectId: templateId, order: "asc", limit: 500 });
    expect(events.filter((e) => STATE_ACTIONS.has(e.action))).toEqual([]);
    expect((await getVersion(handle.db, organisationId, versionId))?.state).toBe("draft");
  });
});
