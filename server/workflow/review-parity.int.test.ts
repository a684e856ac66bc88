/**
 * The approver's review page lists each language's stored findings (loadVersionReview →
 * variant.policyFindings). A translation that adds a discount the source does not offer must
 * arrive there as a blocking parity.added finding next to that language, and a faithful one
 * with none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listVariants } from "@/db/queries/templates";
import { normalizeText } from "@/lib/editor/normalize";
import { makeMember, makeOrganisation } from "@/test/fixtures";
import { authorise, type GuardContext } from "../guard";
import { createTemplate } from "../templates/create-template";
import { saveVariant } from "../templates/save-variant";
import { loadVersionReview, refreshStaleChecks } from "./readiness";

let handle: DatabaseHandle;
let author: GuardContext;
let translator: GuardContext;
let approver: GuardContext;

beforeAll(async () => {
  handle = await createTestDatabase();
  const { organisation } = await makeOrganisation(handle.db);
  const a = await makeMember(handle.db, organisation.id, ["author"]);
  const t = await makeMember(handle.db, organisation.id, ["translator"], ["de-DE", "fr-FR"]);
  const r = await makeMember(handle.db, organisation.id, ["approver"]);
  author = await authorise({ userId: a.id, organisationId: organisation.id }, "templates.create", handle.db);
  translator = await authorise({ userId: t.id, organisationId: organisation.id }, "variants.translate", handle.db);
  approver = await authorise({ userId: r.id, organisationId: organisation.id }, "versions.review", handle.db);
});
afterAll(() => handle?.close());

describe("commitment parity on the approver's review page", () => {
  it("shows an added discount as an error next to its language, and nothing for a faithful translation", async () => {
    const { versionId } = await createTemplate(author, { name: "Parity", purpose: "order-problem", sourceLocale: "en-GB", targetLocales: ["de-DE", "fr-FR"] });
    const variants = await listVariants(handle.db, author.organisation.id, versionId);
    const save = async (ctx: GuardContext, locale: string, subject: string, text: string) => {
      const variant = variants.find((v) => v.locale === locale)!;
      const saved = await saveVariant(ctx, { variantId: variant.id, baseRevision: variant.revision, subject, doc: normalizeText(text).doc });
      expect(saved.ok).toBe(true);
    };
    await save(author, "en-GB", "Your order", "Order {{order_id}}: the lamp is out of stock. We will refund €24.90 within five days.");
    await save(translator, "de-DE", "Ihre Bestellung", "Bestellung {{order_id}}: Die Lampe ist nicht vorrätig. Wir erstatten Ihnen 24,90 € innerhalb von 5 Tagen und schenken Ihnen 10 % Rabatt auf Ihren nächsten Einkauf.");
    await save(translator, "fr-FR", "Votre commande", "Commande {{order_id}} : la lampe est en rupture de stock. Nous vous rembourserons 24,90 € sous cinq jours.");

    const review = await loadVersionReview(approver, versionId);
    const byLocale = new Map(review.variants.map((v) => [v.locale, v.policyFindings.filter((f) => f.ruleId.startsWith("parity."))]));
    const de = byLocale.get("de-DE")!;
    expect(de).toContainEqual(expect.objectContaining({ ruleId: "parity.added", severity: "error", excerpt: "Rabatt", params: expect.objectContaining({ kind: "discount", sourceLanguage: "en" }) }));
    expect(de.find((f) => f.params.kind === "discount")?.location).not.toBeNull();
    expect(byLocale.get("fr-FR")).toEqual([]);
    expect(byLocale.get("en-GB")).toEqual([]);

    // The source now offers the discount too: the German checks were made against the old source,
    // so they are stale, and the review page has them run again against the new one (no parity finding left).
    const [source] = (await listVariants(handle.db, author.organisation.id, versionId)).filter((v) => v.isSource);
    const edited = await saveVariant(author, { variantId: source.id, baseRevision: source.revision, subject: "Your order", doc: normalizeText("Order {{order_id}}: the lamp is out of stock. We will refund €24.90 within five days and give you 10 % off your next purchase.").doc });
    expect(edited.ok).toBe(true);
    const german = (await listVariants(handle.db, author.organisation.id, versionId)).find((v) => v.locale === "de-DE")!;
    expect(german.policyContentHash).toBeNull();
    expect(await refreshStaleChecks(approver, versionId)).toBeGreaterThanOrEqual(1);
    const again = await loadVersionReview(approver, versionId);
    const deAgain = again.variants.find((v) => v.locale === "de-DE")!;
    expect(deAgain.policyFindings.filter((f) => f.ruleId === "parity.added" && f.params.kind === "discount")).toEqual([]);
  }, 60_000);
});
