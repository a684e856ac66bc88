import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { findCredentials } from "@/db/queries/accounts";
import { listMembershipsOfUser } from "@/db/queries/memberships";
import { listTemplates } from "@/db/queries/template-list";
import { latestVersion, listVariants } from "@/db/queries/templates";
import { verifySignIn } from "./sign-in";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./demo-seed";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

describe("demo seed", () => {
  it("creates Demo Shop with one user per role and templates in every state, once", async () => {
    expect(await seedDemo(handle.db)).toBe(true);
    expect(await seedDemo(handle.db)).toBe(false);
    for (const person of DEMO_USERS) {
      expect((await verifySignIn(handle.db, { email: person.email, password: DEMO_PASSWORD, ip: "seed-test" })).ok).toBe(true);
    }
    const translator = await findCredentials(handle.db, "translator@demo.test");
    const [membership] = await listMembershipsOfUser(handle.db, translator!.id);
    expect(membership).toMatchObject({ organisationName: "Demo Shop", roles: ["translator"], locales: ["de-DE", "fr-FR"] });

    const { rows } = await listTemplates(handle.db, membership.organisationId);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey["delivery-appointment"]).toMatchObject({ status: "published", locales: ["en-US", "de-DE", "fr-FR"] });
    expect(byKey["delivery-appointment"].liveVersionId).not.toBeNull();

    const statuses = async (templateId: string) => {
      const version = await latestVersion(handle.db, membership.organisationId, templateId);
      return Object.fromEntries((await listVariants(handle.db, membership.organisationId, version!.id)).map((v) => [v.locale, v.status]));
    };
    expect(await statuses(byKey["review-request"].id)).toEqual({ "en-US": "draft", "de-DE": "outdated" });
    expect(await statuses(byKey["out-of-stock"].id)).toEqual({ "en-US": "draft", "de-DE": "missing", "fr-FR": "missing", "ja-JP": "missing" });
  }, 120_000);
});
