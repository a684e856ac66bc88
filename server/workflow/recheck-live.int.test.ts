import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { templateVariants, templateVersions, templates } from "@/db/schema";
import { listVariants } from "@/db/queries/templates";
import { needsAttention } from "@/db/queries/rechecks";
import { listNotifications } from "@/db/queries/workflow";
import { POLICY_VERSION } from "@/lib/policy/version";
import { approveAsShown, makeMember, makeOrganisation } from "@/test/fixtures";
import { authorise } from "../guard";
import { createTemplate } from "../templates/create-template";
import { publishVersion, submitVersion } from "./transitions";
import { recheckLiveTemplates } from "./recheck-live";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

describe("policy updates", () => {
  it("re-checks live templates approved under an older policy and lists the failing ones", async () => {
    const { organisation } = await makeOrganisation(handle.db);
    const a = await makeMember(handle.db, organisation.id, ["author"]);
    const p = await makeMember(handle.db, organisation.id, ["approver"]);
    const author = await authorise({ userId: a.id, organisationId: organisation.id }, "organisation.view", handle.db);
    const approver = await authorise({ userId: p.id, organisationId: organisation.id }, "organisation.view", handle.db);

    // A compliant template, approved and published under the current policy: nothing to re-check.
    const good = await createTemplate(author, { name: "Still fine", purpose: "invoice", sourceLocale: "en-US", targetLocales: [] });
    await submitVersion(author, good.versionId);
    await approveAsShown(approver, good.versionId);
    await publishVersion(approver, good.versionId);

    // A template that went live under an older policy with text the current policy forbids: it was
    // allowed then (the old rules did not know coupons), so it is written as that history left it.
    const old = await createTemplate(author, { name: "Old promotion", purpose: "review-request", sourceLocale: "en-US", targetLocales: [] });
    const [variant] = await listVariants(handle.db, organisation.id, old.versionId);
    await handle.db.update(templateVariants).set({ subject: "Your order {{order_id}}", doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Please review order " }, { type: "placeholder", attrs: { name: "order_id" } }, { type: "text", text: " and use coupon code SAVE20 on your next purchase." }] }] } }).where(eq(templateVariants.id, variant.id));
    await handle.db.update(templateVersions).set({ state: "in_review" }).where(eq(templateVersions.id, old.versionId));
    await handle.db.update(templateVersions).set({ state: "approved", approvedContentHash: "from-2020", approvedPolicyVersion: "2020.1.0", approvedAt: new Date("2020-11-06") }).where(eq(templateVersions.id, old.versionId));
    await handle.db.update(templateVersions).set({ state: "published", publishedAt: new Date("2020-11-07") }).where(eq(templateVersions.id, old.versionId));
    await handle.db.update(templates).set({ liveVersionId: old.versionId }).where(eq(templates.id, old.templateId));

    const result = await recheckLiveTemplates(handle.db);
    expect(result).toEqual({ checked: 1, failing: 1 });
    const attention = await needsAttention(handle.db, organisation.id, POLICY_VERSION);
    expect(attention.map((r) => r.name)).toEqual(["Old promotion"]);
    expect(attention[0].errorCount).toBeGreaterThan(0);
    expect((await listNotifications(handle.db, organisation.id, a.id)).map((n) => n.kind)).toContain("policy_failed");
    // Once per policy version.
    expect(await recheckLiveTemplates(handle.db)).toEqual({ checked: 0, failing: 0 });
  });
});
