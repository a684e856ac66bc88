import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { templateVariants, templateVersions } from "@/db/schema";
import { getTemplate, listVariants, listVersions } from "@/db/queries/templates";
import { listTemplates } from "@/db/queries/template-list";
import { listNotifications } from "@/db/queries/workflow";
import type { DocJSON } from "@/lib/editor/extensions";
import { AppError } from "@/lib/errors";
import { makeMember, makeOrganisation } from "@/test/fixtures";
import { authorise, type GuardContext } from "../guard";
import { createTemplate } from "./create-template";
import { saveVariant } from "./save-variant";
import { markVariantTranslated } from "./mark-translated";
import { restoreVariantFromVersion } from "./restore-version";
import { startNewVersion } from "./start-new-version";

let handle: DatabaseHandle;
let author: GuardContext;
let translator: GuardContext;
let outsider: GuardContext;

const paragraph = (...content: DocJSON["content"]): DocJSON => ({ type: "doc", content: [{ type: "paragraph", content }] });
const text = (value: string) => ({ type: "text", text: value });
const orderId = { type: "placeholder", attrs: { name: "order_id" } };

beforeAll(async () => {
  handle = await createTestDatabase();
  const { organisation } = await makeOrganisation(handle.db);
  const a = await makeMember(handle.db, organisation.id, ["author"]);
  const t = await makeMember(handle.db, organisation.id, ["translator"], ["de-DE"]);
  author = await authorise({ userId: a.id, organisationId: organisation.id }, "templates.edit", handle.db);
  translator = await authorise({ userId: t.id, organisationId: organisation.id }, "variants.translate", handle.db);
  const other = await makeOrganisation(handle.db);
  const o = await makeMember(handle.db, other.organisation.id, ["author", "translator"], ["de-DE", "fr-FR"]);
  outsider = await authorise({ userId: o.id, organisationId: other.organisation.id }, "templates.edit", handle.db);
});
afterAll(() => handle?.close());

async function newTemplate(name: string) {
  const { templateId, versionId } = await createTemplate(author, { name, purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR"] });
  const variants = await listVariants(handle.db, author.organisation.id, versionId);
  const byLocale = Object.fromEntries(variants.map((v) => [v.locale, v]));
  return { templateId, versionId, byLocale };
}

describe("templates, versions and variants", () => {
  it("creates a template from the purpose's compliant starter, with missing targets", async () => {
    const { templateId, byLocale } = await newTemplate("Delivery appointment");
    const template = await getTemplate(handle.db, author.organisation.id, templateId);
    expect(template).toMatchObject({ key: "delivery-appointment", locales: ["en-US", "de-DE", "fr-FR"], status: "draft" });
    expect(byLocale["en-US"].status).toBe("draft");
    expect(byLocale["en-US"].errorCount).toBe(0);
    expect(byLocale["de-DE"].status).toBe("missing");
    await expect(createTemplate(author, { name: "Delivery appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: [] })).rejects.toMatchObject({ code: "conflict" });
  });

  it("normalises what it stores, and reports what it removed", async () => {
    const { byLocale } = await newTemplate("Normalised");
    const source = byLocale["en-US"];
    const result = await saveVariant(author, {
      variantId: source.id,
      baseRevision: source.revision,
      subject: "  Delivery \n for {{order_id}} ",
      doc: paragraph(text("We deliver on Monday 😀 for order "), orderId, text(".")),
    });
    expect(result.ok).toBe(true);
    expect(result.subject).toBe("Delivery for {{order_id}}");
    expect(JSON.stringify(result.doc)).not.toContain("😀");
    expect(result.changes.map((c) => c.kind)).toContain("emoji");
    await expect(saveVariant(author, { variantId: source.id, baseRevision: 1, subject: "", doc: { type: "doc", content: [{ type: "table" }] } })).rejects.toMatchObject({ status: 422 });
    const huge = paragraph(text("x".repeat(70_000)));
    await expect(saveVariant(author, { variantId: source.id, baseRevision: 1, subject: "", doc: huge })).rejects.toMatchObject({ status: 413 });
  });

  it("lets a translator edit only their own locale, and no one another organisation's variant", async () => {
    const { byLocale } = await newTemplate("Access");
    const save = (ctx: GuardContext, locale: string) =>
      saveVariant(ctx, { variantId: byLocale[locale].id, baseRevision: 0, subject: "Lieferung", doc: paragraph(text("Wir liefern am Montag für Bestellung "), orderId) });
    expect((await save(translator, "de-DE")).ok).toBe(true);
    await expect(save(translator, "fr-FR")).rejects.toMatchObject({ code: "forbidden" });
    await expect(save(translator, "en-US")).rejects.toMatchObject({ code: "forbidden" });
    await expect(save(outsider, "de-DE")).rejects.toMatchObject({ code: "not_found" });
  });

  it("marks finished translations outdated when the source changes", async () => {
    const { byLocale, versionId } = await newTemplate("Outdating");
    const de = byLocale["de-DE"];
    const saved = await saveVariant(translator, { variantId: de.id, baseRevision: 0, subject: "Liefertermin", doc: paragraph(text("Bitte wählen Sie einen Liefertermin für Bestellung "), orderId, text(".")) });
    if (!saved.ok) throw new Error("conflict");
    await markVariantTranslated(translator, { variantId: de.id, revision: saved.revision });
    let variants = await listVariants(handle.db, author.organisation.id, versionId);
    expect(variants.find((v) => v.locale === "de-DE")?.status).toBe("translated");
    const source = variants.find((v) => v.isSource)!;
    const changed = await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: source.subject, doc: paragraph(text("Please choose a new delivery slot for order "), orderId, text(".")) });
    expect(changed).toMatchObject({ ok: true, outdated: ["de-DE"] });
    variants = await listVariants(handle.db, author.organisation.id, versionId);
    const outdated = variants.find((v) => v.locale === "de-DE")!;
    expect(outdated.status).toBe("outdated");
    expect(outdated.translatedFrom?.text).toContain("{{order_id}}");
    expect(outdated.translatedFrom?.text).not.toContain("new delivery slot");
    // The translator hears of it, for their locale only.
    const inbox = await listNotifications(handle.db, author.organisation.id, translator.user.id);
    expect(inbox.map((n) => n.kind)).toEqual(expect.arrayContaining(["translation_requested", "outdated"]));
  });

  it("of 50 concurrent saves from one revision, exactly one wins and its content is stored whole", async () => {
    const { byLocale, versionId } = await newTemplate("Concurrency");
    const source = byLocale["en-US"];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: `Delivery ${i}`, doc: paragraph(text(`Writer number ${i} schedules the delivery of order `), orderId, text(".")) }),
      ),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toHaveLength(49);
    const stored = (await listVariants(handle.db, author.organisation.id, versionId)).find((v) => v.isSource)!;
    expect(stored.revision).toBe(source.revision + 1);
    expect(stored.subject).toBe(winners[0].subject);
    expect(stored.doc).toEqual(winners[0].doc);
    for (const loser of results.filter((r) => !r.ok)) {
      if (loser.ok) continue;
      expect(loser.conflict.subject).toBe(stored.subject);
      expect(loser.conflict.revision).toBe(stored.revision);
    }
  }, 120_000);

  it("never changes a published version: not through saves, new versions, or direct SQL", async () => {
    const { templateId, versionId, byLocale } = await newTemplate("Frozen");
    // Freeze it the way publishing will (the workflow's own tests cover the transitions).
    await handle.db.update(templateVersions).set({ state: "in_review" }).where(eq(templateVersions.id, versionId));
    await handle.db.update(templateVersions).set({ state: "approved", approvedContentHash: "h", approvedAt: new Date() }).where(eq(templateVersions.id, versionId));
    await handle.db.update(templateVersions).set({ state: "published" }).where(eq(templateVersions.id, versionId));
    const source = byLocale["en-US"];
    await expect(saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: "x", doc: paragraph(text("changed")) })).rejects.toBeInstanceOf(AppError);
    const refused = async (query: PromiseLike<unknown>) => {
      const error = await Promise.resolve(query).then(() => null, (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message}`);
      expect(error).toMatch(/cannot/);
    };
    await refused(handle.db.update(templateVariants).set({ subject: "tampered" }).where(eq(templateVariants.id, source.id)));
    await refused(handle.db.delete(templateVariants).where(eq(templateVariants.id, source.id)));
    await refused(handle.db.update(templateVersions).set({ approvedContentHash: "other" }).where(eq(templateVersions.id, versionId)));
    await refused(handle.db.update(templateVersions).set({ state: "draft" }).where(eq(templateVersions.id, versionId)));
    await refused(handle.db.delete(templateVersions).where(eq(templateVersions.id, versionId)));
    await refused(handle.db.execute(sql`update template_variants set doc = '{"type":"doc","content":[]}'::jsonb where version_id = ${versionId}`));

    // Editing the published template starts version 2 with the same content; version 1 stays.
    const next = await startNewVersion(author, { templateId, fromVersionId: versionId });
    expect(next.created).toBe(true);
    const versions = await listVersions(handle.db, author.organisation.id, templateId);
    expect(versions.map((v) => [v.number, v.state])).toEqual([[2, "draft"], [1, "published"]]);
    const copy = (await listVariants(handle.db, author.organisation.id, next.versionId)).find((v) => v.isSource)!;
    expect(copy.doc).toEqual(source.doc);
    // Only one open version at a time.
    expect((await startNewVersion(author, { templateId, fromVersionId: versionId })).created).toBe(false);

    // Restoring version 1's text into the draft after an edit brings it back without touching version 1.
    await saveVariant(author, { variantId: copy.id, baseRevision: copy.revision, subject: "Edited", doc: paragraph(text("Edited text for order "), orderId) });
    const restored = await restoreVariantFromVersion(author, { templateId, fromVersionId: versionId, locale: "en-US" });
    expect(restored.ok).toBe(true);
    const after = (await listVariants(handle.db, author.organisation.id, next.versionId)).find((v) => v.isSource)!;
    expect(after.doc).toEqual(source.doc);
  });

  it("lists templates with filters and keyset pages", async () => {
    const { organisation } = await makeOrganisation(handle.db, "Lister");
    const owner = await makeMember(handle.db, organisation.id, ["author"]);
    const ctx = await authorise({ userId: owner.id, organisationId: organisation.id }, "templates.create", handle.db);
    for (let i = 0; i < 7; i++) {
      await createTemplate(ctx, { name: `Item ${i}`, purpose: i % 2 ? "invoice" : "warranty", sourceLocale: "en-US", targetLocales: i < 3 ? ["ja-JP"] : [] });
    }
    const first = await listTemplates(handle.db, organisation.id, { limit: 3 });
    expect(first.rows).toHaveLength(3);
    const seen = new Set(first.rows.map((r) => r.id));
    let cursor = first.next;
    while (cursor) {
      const { decodeCursor } = await import("@/db/queries/template-list");
      const page = await listTemplates(handle.db, organisation.id, { limit: 3, after: decodeCursor(cursor) });
      page.rows.forEach((r) => seen.add(r.id));
      cursor = page.next;
    }
    expect(seen.size).toBe(7);
    expect((await listTemplates(handle.db, organisation.id, { purpose: "invoice" })).rows).toHaveLength(3);
    expect((await listTemplates(handle.db, organisation.id, { locale: "ja-JP" })).rows).toHaveLength(3);
    expect((await listTemplates(handle.db, organisation.id, { needsTranslation: true })).rows).toHaveLength(3);
    expect((await listTemplates(handle.db, organisation.id, { q: "item 4" })).rows.map((r) => r.name)).toEqual(["Item 4"]);
    expect((await listTemplates(handle.db, organisation.id, { q: "%" })).rows).toHaveLength(0);
  });
});
