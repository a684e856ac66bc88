/**
 * Checks run outside a transaction, from the allowed words read before. A word allowed meanwhile
 * must not be stored as current: the stored result would flag an allowed word until the next edit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listVariants } from "@/db/queries/templates";
import { normalizeText } from "@/lib/editor/normalize-text";
import { createDraftTemplate, makeDeliveryOrganisation } from "@/test/publish-fixture";
import { allowWord } from "../settings/allow-word";
import { checkContent } from "./check-content";
import { saveVariant } from "./save-variant";
import { checkSettingsUnchanged, storeRecheckedChecks } from "./store-checks";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const BODY = "Hello {{buyer_name}},\n\nyour order {{order_id}} of the Quorvex lamp needs a delivery appointment. Which day next week suits you?\n\n{{seller_name}}";

describe("checks computed from allowed words that changed meanwhile", () => {
  it("are not stored as current, and checks from the current list are", async () => {
    const org = await makeDeliveryOrganisation(handle.db, "Stale words");
    const { versionId } = await createDraftTemplate(org, { name: "Lamp", purpose: "delivery-scheduling", sourceLocale: "en-US" });
    const [variant] = await listVariants(org.author.db, org.organisationId, versionId);
    const doc = normalizeText(BODY).doc;
    const saved = await saveVariant(org.author, { variantId: variant.id, baseRevision: variant.revision, subject: "Delivery of order {{order_id}}", doc });
    expect(saved.ok).toBe(true);
    const [afterSave] = await listVariants(org.author.db, org.organisationId, versionId);
    expect(afterSave.policyContentHash).toBe(afterSave.contentHash);

    // A recheck starts from the list as it was ([]) ...
    const content = { purpose: "delivery-scheduling" as const, locale: "en-US", subject: afterSave.subject, doc: afterSave.doc, allowedWords: [] };
    const oldChecks = await checkContent(content);
    expect(oldChecks.findings.some((f) => f.params.word === "Quorvex")).toBe(true);
    // ... an admin allows the word before it is stored ...
    expect(await allowWord(org.admin, { word: "Quorvex", templateId: null })).toBe("added");
    const stored = await storeRecheckedChecks(handle.db, { organisationId: org.organisationId, variantId: variant.id, checks: oldChecks, settingsUsed: { allowedWords: [], orgPolicy: null } });
    // ... so the old result is refused and the variant stays stale for the gate and the workspace.
    expect(stored).toBe(false);
    const [stale] = await listVariants(org.author.db, org.organisationId, versionId);
    expect(stale.policyContentHash).toBeNull();

    await handle.db.transaction(async (tx) => {
      expect(await checkSettingsUnchanged(tx, org.organisationId, { allowedWords: [], orgPolicy: null })).toBe(false);
      expect(await checkSettingsUnchanged(tx, org.organisationId, { allowedWords: ["Quorvex"], orgPolicy: null })).toBe(true);
    });
    const newChecks = await checkContent({ ...content, allowedWords: ["Quorvex"] });
    expect(newChecks.findings.some((f) => f.params.word === "Quorvex")).toBe(false);
    expect(await storeRecheckedChecks(handle.db, { organisationId: org.organisationId, variantId: variant.id, checks: newChecks, settingsUsed: { allowedWords: ["Quorvex"], orgPolicy: null } })).toBe(true);
    const [current] = await listVariants(org.author.db, org.organisationId, versionId);
    expect(current.policyContentHash).toBe(current.contentHash);
  });
});
