import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listVariants } from "@/db/queries/templates";
import { countSegments } from "@/db/queries/translation-memory";
import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { normalizeText } from "@/lib/editor/normalize-text";
import { starterContent } from "@/lib/policy/starter-texts";
import { memoryUnits } from "@/lib/translation-memory/segments";
import { approveAsShown, makeMemberContext, makeOrganisation } from "@/test/fixtures";
import type { GuardContext } from "../guard";
import { createTemplate } from "../templates/create-template";
import { saveVariant } from "../templates/save-variant";
import { markVariantTranslated } from "../templates/mark-translated";
import { publishVersion, submitVersion } from "../workflow/transitions";
import { seedDemo } from "../demo-seed";
import { loadMemoryMatches } from "./load-memory-matches";

let handle: DatabaseHandle;
let organisationId: string;
let author: GuardContext;
let translator: GuardContext;
let approver: GuardContext;

beforeAll(async () => {
  handle = await createTestDatabase();
  organisationId = (await makeOrganisation(handle.db)).organisation.id;
  author = await makeMemberContext(handle.db, organisationId, ["author"]);
  translator = await makeMemberContext(handle.db, organisationId, ["translator"], ["de-DE"]);
  approver = await makeMemberContext(handle.db, organisationId, ["approver"]);
});
afterAll(() => handle?.close());

async function variantsOf(versionId: string) {
  const variants = await listVariants(handle.db, organisationId, versionId);
  return { source: variants.find((v) => v.isSource)!, de: variants.find((v) => v.locale === "de-DE")! };
}

/** A delivery-scheduling template whose German variant the translator fills with `german` and marks translated. */
async function translatedTemplate(key: string, german: { subject: string; doc: ReturnType<typeof normalizeText>["doc"] }) {
  const created = await createTemplate(author, { name: key, key, purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE"] });
  const { de } = await variantsOf(created.versionId);
  const saved = await saveVariant(translator, { variantId: de.id, baseRevision: de.revision, subject: german.subject, doc: german.doc });
  if (!saved.ok) throw new Error("conflict");
  await markVariantTranslated(translator, { variantId: de.id, revision: saved.revision });
  return created;
}

const matchesFor = async (source: { subject: string; doc: ReturnType<typeof normalizeText>["doc"] }, org = organisationId) =>
  loadMemoryMatches(handle.db, { organisationId: org, source: { locale: "en-US", ...source }, targetLocale: "de-DE" });

describe("translation memory", () => {
  it("learns a translation when it is marked translated, offers it as 100 % for the same source, and trusts it once published", async () => {
    const german = starterContent("delivery-scheduling", "de-DE")!;
    const first = await translatedTemplate("memory-one", german);
    const english = starterContent("delivery-scheduling", "en-US")!;
    const units = memoryUnits(english.subject, english.doc);
    expect(await countSegments(handle.db, organisationId)).toBe(units.length);

    const found = await matchesFor(english);
    expect(found.map((unit) => unit.unitId)).toEqual(units.map((unit) => unit.id));
    for (const [i, unit] of found.entries()) {
      expect(unit.matches).toHaveLength(1);
      expect(unit.matches[0]).toMatchObject({ score: 100, exact: true, trusted: false, placeholders: null, targetText: memoryUnits(german.subject, german.doc)[i].text });
    }

    await submitVersion(author, first.versionId);
    await approveAsShown(approver, first.versionId);
    await publishVersion(approver, first.versionId);
    expect((await matchesFor(english)).every((unit) => unit.matches[0]?.trusted)).toBe(true);
    // Publishing vouched for the pairs; it did not add new ones.
    expect(await countSegments(handle.db, organisationId)).toBe(units.length);
  });

  it("offers fuzzy matches of 70 % or more with the differences, and says when placeholders differ", async () => {
    const edited = normalizeText(
      "Hello {{buyer_name}},\n\n{{product_name}} from order {{order_id}} is a very large item that our carrier delivers by appointment. The carrier can deliver between {{delivery_window_start}} and {{delivery_window_end}}. Please reply to this message with a day and time in that window that suits you.\n\nKind regards,\n{{seller_name}}",
    ).doc;
    const body = (await matchesFor({ subject: "", doc: edited }))[1];
    expect(body!.matches[0].exact).toBe(false);
    expect(body!.matches[0].score).toBeGreaterThanOrEqual(70);
    expect(body!.matches[0].score).toBeLessThan(100);
    expect(body!.matches[0].sourceDiff.filter((part) => part.kind === "added").map((part) => part.text.trim())).toContain("very");

    const withoutWindow = normalizeText("{{product_name}} from order {{order_id}} is a large item that our carrier delivers by appointment. The carrier can deliver between two dates. Please reply to this message with a day and time in that window that suits you.").doc;
    const [unit] = await matchesFor({ subject: "", doc: withoutWindow });
    expect(unit.matches[0].placeholders).toEqual({ missing: [], extra: ["delivery_window_start", "delivery_window_end"] });

    const unrelated = normalizeText("Your invoice for order {{order_id}} is attached.").doc;
    expect((await matchesFor({ subject: "", doc: unrelated }))[0].matches).toEqual([]);
  });

  it("keeps each organisation's memory to itself", async () => {
    const other = (await makeOrganisation(handle.db, "Other Shop")).organisation.id;
    const english = starterContent("delivery-scheduling", "en-US")!;
    expect((await matchesFor(english, other)).every((unit) => unit.matches.length === 0)).toBe(true);
  });

  it("learns only the subject from a translation whose blocks do not line up with the source's", async () => {
    const before = await countSegments(handle.db, organisationId);
    await translatedTemplate("memory-merged", {
      subject: "Zustelltermin {{order_id}}",
      doc: normalizeText("Hallo {{buyer_name}}, {{product_name}} aus Bestellung {{order_id}} kommt per Spedition zwischen {{delivery_window_start}} und {{delivery_window_end}}. Bitte antworten Sie mit einem Termin. Viele Grüße {{seller_name}}").doc,
    });
    expect(await countSegments(handle.db, organisationId)).toBe(before + 1);
  });
});

describe("demo organisation", () => {
  it("has its published German translations in the memory: a new delivery-scheduling template matches 100 % at once", async () => {
    const demo = await createTestDatabase();
    try {
      await seedDemo(demo.db);
      const [row] = await demo.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Demo Shop"));
      const english = starterContent("delivery-scheduling", "en-US")!;
      const found = await loadMemoryMatches(demo.db, { organisationId: row.id, source: { locale: "en-US", ...english }, targetLocale: "de-DE" });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((unit) => unit.matches[0]?.score === 100 && unit.matches[0].trusted)).toBe(true);
    } finally {
      await demo.close();
    }
  }, 120_000);
});

describe("TMX files", () => {
  it("exports the memory (translators: their languages), and loads a studio file back unchanged; a broken file stores nothing", async () => {
    const { exportMemory } = await import("./export-memory");
    const { importMemory } = await import("./import-memory");
    const adminCtx = await makeMemberContext(handle.db, organisationId, ["admin"]);
    const french = await makeMemberContext(handle.db, organisationId, ["translator"], ["fr-FR"]);
    const all = await exportMemory(adminCtx);
    expect(all.count).toBe(await countSegments(handle.db, organisationId));
    expect(all.content).toContain('<tmx version="1.4">');
    expect((await exportMemory(translator)).count).toBe(all.count); // every pair so far is into German
    expect((await exportMemory(french)).count).toBe(0);
    await expect(importMemory(translator, new TextEncoder().encode(all.content))).rejects.toMatchObject({ code: "forbidden" });

    // Into another organisation: the same pairs, trusted where they were, and exported byte for byte the same.
    const other = (await makeOrganisation(handle.db, "TMX Shop")).organisation.id;
    const otherAdmin = await makeMemberContext(handle.db, other, ["admin"]);
    const loaded = await importMemory(otherAdmin, new TextEncoder().encode(all.content));
    expect(loaded).toEqual({ ok: true, units: all.count, added: all.count });
    expect((await exportMemory(otherAdmin)).content).toBe(all.content);
    // Loading it again adds nothing.
    expect(await importMemory(otherAdmin, new TextEncoder().encode(all.content))).toEqual({ ok: true, units: all.count, added: 0 });

    const broken = all.content.replace("<body>", "<body><tu><tuv xml:lang=\"en-US\"><seg>Only a source</seg></tuv></tu>");
    const refused = await importMemory(otherAdmin, new TextEncoder().encode(broken));
    expect(refused.ok).toBe(false);
    expect(await countSegments(handle.db, other)).toBe(all.count);
  });
});
