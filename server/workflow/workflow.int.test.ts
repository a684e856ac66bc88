import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { organisations, templateVariants, templateVersions, templates } from "@/db/schema";
import { listVariants, listVersions } from "@/db/queries/templates";
import { startNewVersion } from "@/server/templates/start-new-version";
import { listAuditEvents } from "@/db/queries/audit";
import { listNotifications } from "@/db/queries/workflow";
import type { DocJSON } from "@/lib/editor/extensions";
import { AppError } from "@/lib/errors";
import { approveAsShown, makeMember, makeMemberContext, makeOrganisation } from "@/test/fixtures";
import { authorise, type GuardContext } from "../guard";
import { createTemplate } from "../templates/create-template";
import { saveVariant } from "../templates/save-variant";
import { markVariantTranslated } from "../templates/mark-translated";
import { loadVersionReview } from "./readiness";
import { loadPublishOffer } from "./decide-publish";
import { acknowledgeWarning, publishVersion, reopenVersion, requestChanges, rollbackToVersion, submitVersion, withdrawVersion } from "./transitions";

let handle: DatabaseHandle;
let organisationId: string;
let author: GuardContext;
let translator: GuardContext;
let approver: GuardContext;
let secondApprover: GuardContext;

const doc = (...paragraphs: (string | { placeholder: string })[][]): DocJSON => ({
  type: "doc",
  content: paragraphs.map((parts) => ({
    type: "paragraph",
    content: parts.map((p) => (typeof p === "string" ? { type: "text", text: p } : { type: "placeholder", attrs: { name: p.placeholder } })),
  })),
});
const order = { placeholder: "order_id" };

beforeAll(async () => {
  handle = await createTestDatabase();
  organisationId = (await makeOrganisation(handle.db)).organisation.id;
  const as = (roles: Parameters<typeof makeMemberContext>[2], locales: string[] = []) => makeMemberContext(handle.db, organisationId, roles, locales);
  author = await as(["author"]);
  translator = await as(["translator"], ["de-DE"]);
  approver = await as(["approver"]);
  secondApprover = await as(["approver"]);
});
afterAll(() => handle?.close());

async function variantsOf(versionId: string) {
  return Object.fromEntries((await listVariants(handle.db, organisationId, versionId)).map((v) => [v.locale, v]));
}

async function translate(versionId: string, text: string) {
  const de = (await variantsOf(versionId))["de-DE"];
  const saved = await saveVariant(translator, { variantId: de.id, baseRevision: de.revision, subject: "Liefertermin für Bestellung {{order_id}}", doc: doc([text, order, "."]) });
  if (!saved.ok) throw new Error("conflict");
  await markVariantTranslated(translator, { variantId: de.id, revision: saved.revision });
}

async function readyTemplate(name: string) {
  const { templateId, versionId } = await createTemplate(author, { name, purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE"] });
  // The starter uses more placeholders; a shorter source keeps the translations below in parity.
  const source = (await variantsOf(versionId))["en-US"];
  await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: "Delivery appointment for order {{order_id}}", doc: doc(["Please choose a delivery slot for order ", order, "."]) });
  await translate(versionId, "Bitte wählen Sie einen Liefertermin für Bestellung ");
  return { templateId, versionId };
}

describe("review, sign-off and publishing", () => {
  it("refuses submission while a translation is missing or outdated, saying which", async () => {
    const { versionId } = await createTemplate(author, { name: "Gate", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE"] });
    await expect(submitVersion(author, versionId)).rejects.toMatchObject({ reason: "submission-not-ready" });
    let review = await loadVersionReview(author, versionId);
    expect(review.readiness.problems.map((p) => [p.kind, p.locale])).toContainEqual(["missing-variant", "de-DE"]);
    await translate(versionId, "Bitte wählen Sie einen Liefertermin für Bestellung ");
    const source = (await variantsOf(versionId))["en-US"];
    await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: doc(["Please pick a delivery slot for order ", order, "."]) });
    review = await loadVersionReview(author, versionId);
    expect(review.readiness.problems.map((p) => [p.kind, p.locale])).toContainEqual(["outdated-variant", "de-DE"]);
    await expect(submitVersion(author, versionId)).rejects.toBeInstanceOf(AppError);
  });

  it("runs submit → four-eyes approve → publish, and supersedes the previous live version", async () => {
    const { templateId, versionId } = await readyTemplate("Happy path");
    await submitVersion(author, versionId);
    // The author and the translator edited this version: neither may approve it.
    await expect(approveAsShown(author, versionId)).rejects.toMatchObject({ status: 403 });
    await expect(publishVersion(translator, versionId)).rejects.toMatchObject({ status: 403 });
    expect(await approveAsShown(approver, versionId)).toEqual({ state: "approved" });
    await expect(publishVersion(author, versionId)).rejects.toMatchObject({ status: 403 });
    await publishVersion(approver, versionId);
    let [template] = await handle.db.select().from(templates).where(eq(templates.id, templateId));
    expect(template.liveVersionId).toBe(versionId);
    expect(template.status).toBe("published");

    const next = await startNewVersion(author, { templateId, fromVersionId: versionId });
    const source = (await variantsOf(next.versionId))["en-US"];
    await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: doc(["Please choose a delivery slot for order ", order, " this week."]) });
    await translate(next.versionId, "Bitte wählen Sie diese Woche einen Liefertermin für Bestellung ");
    await submitVersion(author, next.versionId);
    await approveAsShown(approver, next.versionId);
    await publishVersion(approver, next.versionId);
    const versions = await listVersions(handle.db, organisationId, templateId);
    expect(versions.map((v) => [v.number, v.state])).toEqual([[2, "published"], [1, "superseded"]]);
    [template] = await handle.db.select().from(templates).where(eq(templates.id, templateId));
    expect(template.liveVersionId).toBe(next.versionId);

    // Rolling back re-checks version 1 under the current policy and makes it live again.
    await rollbackToVersion(approver, versionId);
    expect((await listVersions(handle.db, organisationId, templateId)).map((v) => [v.number, v.state])).toEqual([[2, "superseded"], [1, "published"]]);

    const steps = (await listAuditEvents(handle.db, organisationId, { subjectId: templateId, order: "asc" })).map((e) => e.action);
    expect(steps.filter((a) => a.startsWith("version."))).toEqual([
      "version.submitted", "version.approval_recorded", "version.approved", "version.published",
      "version.created", "version.submitted", "version.approval_recorded", "version.approved", "version.superseded", "version.published",
      "version.superseded", "version.rolled_back",
    ]);
    expect((await listNotifications(handle.db, organisationId, approver.user.id)).map((n) => n.kind)).toContain("submitted");
    expect((await listNotifications(handle.db, organisationId, author.user.id)).map((n) => n.kind)).toEqual(expect.arrayContaining(["approved", "published"]));
  });

  it("keeps a member who is both author and approver from approving a version they edited", async () => {
    const both = await makeMember(handle.db, organisationId, ["author", "approver"]);
    const ctx = await authorise({ userId: both.id, organisationId }, "organisation.view", handle.db);
    const { versionId } = await readyTemplate("Self approval");
    const source = (await variantsOf(versionId))["en-US"];
    await saveVariant(ctx, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: doc(["Please choose a delivery slot for order ", order, " soon."]) });
    await translate(versionId, "Bitte wählen Sie bald einen Liefertermin für Bestellung ");
    await submitVersion(ctx, versionId);
    await expect(approveAsShown(ctx, versionId)).rejects.toMatchObject({ reason: "four-eyes" });
    expect(await approveAsShown(approver, versionId)).toEqual({ state: "approved" });
  });

  it("counts starting a version and accepting warnings as authorship, and only this round's sign-offs", async () => {
    const both = await makeMember(handle.db, organisationId, ["author", "approver"]);
    const ctx = await authorise({ userId: both.id, organisationId }, "organisation.view", handle.db);
    const { templateId, versionId } = await readyTemplate("Starter approves");
    await submitVersion(author, versionId);
    await approveAsShown(approver, versionId);
    await publishVersion(approver, versionId);
    // Starting version 2 (no text changed) makes them its author: they may not approve it.
    const next = await startNewVersion(ctx, { templateId, fromVersionId: versionId });
    await submitVersion(ctx, next.versionId);
    await expect(approveAsShown(ctx, next.versionId)).rejects.toMatchObject({ reason: "four-eyes" });

    await handle.db.update(organisations).set({ requireTwoApprovals: true }).where(eq(organisations.id, organisationId));
    try {
      expect(await approveAsShown(approver, next.versionId)).toEqual({ state: "in_review" });
      await requestChanges(secondApprover, { versionId: next.versionId, comment: "Not yet.", locale: null });
      await reopenVersion(author, next.versionId);
      await submitVersion(author, next.versionId);
      // The first round's sign-off does not count again: one approval is still one of two.
      expect(await approveAsShown(approver, next.versionId)).toEqual({ state: "in_review" });
      expect(await approveAsShown(secondApprover, next.versionId)).toEqual({ state: "approved" });
    } finally {
      await handle.db.update(organisations).set({ requireTwoApprovals: false }).where(eq(organisations.id, organisationId));
    }
  });

  it("re-checks spelling when the allowed words change", async () => {
    const { versionId } = await readyTemplate("Allowed words");
    const source = (await variantsOf(versionId))["en-US"];
    expect(source.policyContentHash).toBe(source.contentHash);
    const { updateOrganisationSettings } = await import("@/server/settings/update-organisation-settings");
    const { requireOrganisationSettings } = await import("@/server/settings/organisation-settings");
    const settings = await requireOrganisationSettings(handle.db, organisationId);
    await updateOrganisationSettings(author, { name: settings.name, requireTwoApprovals: settings.requireTwoApprovals, allowedWords: [...settings.allowedWords, "Brimvale"] });
    const after = (await variantsOf(versionId))["en-US"];
    expect(after.policyContentHash).toBeNull();
    const review = await loadVersionReview(author, versionId);
    expect(review.readiness.problems.map((p) => p.kind)).toContain("stale-check");
    await submitVersion(author, versionId);
  });

  it("offers Publish exactly when publishVersion accepts it, saying what goes live and what it replaces", async () => {
    const { templateId, versionId } = await readyTemplate("Publish offer");
    expect(await loadPublishOffer(approver, versionId)).toBeNull(); // a draft
    await submitVersion(author, versionId);
    expect(await loadPublishOffer(approver, versionId)).toBeNull(); // in review
    await approveAsShown(approver, versionId);
    expect(await loadPublishOffer(author, versionId)).toBeNull(); // not an approver
    expect(await loadPublishOffer(approver, versionId)).toEqual({
      templateId,
      templateName: "Publish offer",
      versionId,
      number: 1,
      locales: ["en-US", "de-DE"],
      replaces: null,
    });
    await publishVersion(approver, versionId, { expectedLiveVersionId: null });
    expect(await loadPublishOffer(approver, versionId)).toBeNull(); // published

    const next = await startNewVersion(author, { templateId, fromVersionId: versionId });
    const source = (await variantsOf(next.versionId))["en-US"];
    await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: doc(["Please choose a delivery slot for order ", order, " soon."]) });
    await translate(next.versionId, "Bitte wählen Sie bald einen Liefertermin für Bestellung ");
    await submitVersion(author, next.versionId);
    await approveAsShown(approver, next.versionId);
    const offer = await loadPublishOffer(secondApprover, next.versionId);
    expect(offer).toMatchObject({ number: 2, replaces: { id: versionId, number: 1 } });

    // The confirmation named version 1 as live; if something else is live by now, nothing happens.
    const events = async () => (await listAuditEvents(handle.db, organisationId, { subjectId: templateId, limit: 500 })).length;
    const before = await events();
    await expect(publishVersion(approver, next.versionId, { expectedLiveVersionId: next.versionId })).rejects.toMatchObject({ reason: "live-changed", status: 409 });
    expect(await events()).toBe(before);
    await publishVersion(approver, next.versionId, { expectedLiveVersionId: offer!.replaces!.id });
    // A second confirmation of the same publication (another approver, another tab) says what happened.
    await expect(publishVersion(secondApprover, next.versionId, { expectedLiveVersionId: versionId })).rejects.toMatchObject({ messageKey: "workflow:errors.already-published", status: 409 });
    const versions = await listVersions(handle.db, organisationId, templateId);
    expect(versions.map((v) => [v.number, v.state])).toEqual([[2, "published"], [1, "superseded"]]);
  });

  it("refuses to publish when any byte of the approved content changed in the database", async () => {
    const { versionId } = await readyTemplate("Tampered");
    await submitVersion(author, versionId);
    await approveAsShown(approver, versionId);
    // Someone with direct database access bypasses the freeze trigger and edits one character.
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE template_variants DISABLE TRIGGER template_variants_frozen`);
      await tx.execute(sql`UPDATE template_variants SET subject = subject || '!' WHERE version_id = ${versionId} AND locale = 'de-DE'`);
      await tx.execute(sql`ALTER TABLE template_variants ENABLE TRIGGER template_variants_frozen`);
    });
    await expect(publishVersion(approver, versionId)).rejects.toMatchObject({ reason: "content-changed" });
    const [version] = await handle.db.select().from(templateVersions).where(eq(templateVersions.id, versionId));
    expect(version.state).toBe("approved");
  });

  it("needs two distinct approvers when the organisation requires it, and a comment to request changes", async () => {
    await handle.db.update(organisations).set({ requireTwoApprovals: true }).where(eq(organisations.id, organisationId));
    try {
      const { versionId } = await readyTemplate("Two approvals");
      await submitVersion(author, versionId);
      expect(await approveAsShown(approver, versionId)).toEqual({ state: "in_review" });
      await expect(approveAsShown(approver, versionId)).rejects.toMatchObject({ status: 403 });
      expect(await approveAsShown(secondApprover, versionId)).toEqual({ state: "approved" });
    } finally {
      await handle.db.update(organisations).set({ requireTwoApprovals: false }).where(eq(organisations.id, organisationId));
    }
    const { versionId } = await readyTemplate("Changes");
    await submitVersion(author, versionId);
    await expect(requestChanges(approver, { versionId, comment: "  ", locale: null })).rejects.toMatchObject({ reason: "comment-required" });
    await requestChanges(approver, { versionId, comment: "Say which carrier delivers.", locale: "en-US" });
    expect((await handle.db.select().from(templateVersions).where(eq(templateVersions.id, versionId)))[0].state).toBe("changes_requested");
    // The author's next edit reopens the draft.
    const source = (await variantsOf(versionId))["en-US"];
    await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: doc(["Our carrier DHL will call to schedule the delivery of order ", order, "."]) });
    expect((await handle.db.select().from(templateVersions).where(eq(templateVersions.id, versionId)))[0].state).toBe("draft");
    await translate(versionId, "Unsere Spedition DHL ruft an, um die Lieferung von Bestellung ");
    await submitVersion(author, versionId);
    await withdrawVersion(author, versionId);
    expect((await handle.db.select().from(templateVersions).where(eq(templateVersions.id, versionId)))[0].state).toBe("draft");
  });

  it("blocks warnings until acknowledged with a reason, which stays with its finding through unrelated edits", async () => {
    const { versionId } = await readyTemplate("Warnings");
    const source = (await variantsOf(versionId))["en-US"];
    // One doubtful word is a warning, not an error.
    await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: doc(["Please pick a delivery slot for your Fjordlund sofa from order ", order, "."]) });
    await translate(versionId, "Bitte wählen Sie einen Liefertermin für Ihr Sofa aus Bestellung ");
    let review = await loadVersionReview(author, versionId);
    const variant = review.variants.find((v) => v.locale === "en-US")!;
    const warningIndex = variant.policyFindings.findIndex((f) => f.severity === "warning");
    expect(warningIndex, JSON.stringify(variant.policyFindings.map((f) => f.ruleId))).toBeGreaterThanOrEqual(0);
    expect(review.readiness.problems.map((p) => p.kind)).toContain("unacknowledged-warning");
    await expect(submitVersion(author, versionId)).rejects.toBeInstanceOf(AppError);
    await acknowledgeWarning(author, { versionId, variantId: variant.id, findingKey: variant.findingKeys[warningIndex], reason: "Fjordlund is our product line's name." });
    review = await loadVersionReview(author, versionId);
    expect(review.readiness.ready, JSON.stringify(review.readiness.problems)).toBe(true);

    // An unrelated edit keeps the acknowledgement: it belongs to the finding, not to the whole text.
    let current = (await variantsOf(versionId))["en-US"];
    await saveVariant(author, { variantId: current.id, baseRevision: current.revision, subject: current.subject, doc: doc(["Please choose a delivery slot for your Fjordlund sofa from order ", order, "."]) });
    await translate(versionId, "Bitte wählen Sie einen Liefertermin für Ihr Sofa aus Bestellung ");
    review = await loadVersionReview(author, versionId);
    expect(review.readiness.ready, JSON.stringify(review.readiness.problems)).toBe(true);
    expect(Object.values(review.variants.find((v) => v.locale === "en-US")!.acknowledgements)[0].reason).toBe("Fjordlund is our product line's name.");

    // A change to the flagged text is a new finding: asked for again.
    current = (await variantsOf(versionId))["en-US"];
    await saveVariant(author, { variantId: current.id, baseRevision: current.revision, subject: current.subject, doc: doc(["Please choose a delivery slot for your Fjordlind sofa from order ", order, "."]) });
    await translate(versionId, "Bitte wählen Sie einen Liefertermin für Ihr Sofa aus Bestellung ");
    review = await loadVersionReview(author, versionId);
    expect(review.readiness.problems.map((p) => p.kind)).toContain("unacknowledged-warning");
    const renamed = review.variants.find((v) => v.locale === "en-US")!;
    const renamedIndex = renamed.policyFindings.findIndex((f) => f.severity === "warning");
    await acknowledgeWarning(author, { versionId, variantId: renamed.id, findingKey: renamed.findingKeys[renamedIndex], reason: "Fjordlind is the new name of the line." });
    review = await loadVersionReview(author, versionId);
    expect(review.readiness.ready, JSON.stringify(review.readiness.problems)).toBe(true);
    await submitVersion(author, versionId);
    const [row] = await handle.db.select().from(templateVariants).where(and(eq(templateVariants.versionId, versionId), eq(templateVariants.locale, "en-US")));
    expect(row.status).toBe("draft");
  });
});
