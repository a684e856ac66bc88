/**
 * Glossary files on the server: what is exported as TBX-Basic or CSV imports back without a change
 * (and exports to the same bytes, also into an organisation without a glossary); a file merges
 * into the glossary, making open versions' checks stale like saving the glossary does, with one
 * audit event; a malformed file is refused with its problem named and nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { getOrganisationSettings } from "@/db/queries/organisations";
import { listVariants } from "@/db/queries/templates";
import { normalizeText } from "@/lib/editor/normalize-text";
import type { OrgGlossary } from "@/lib/policy/org-policy";
import { createDraftTemplate, makeDeliveryOrganisation } from "@/test/publish-fixture";
import { recheckVariant } from "../templates/recheck-variant";
import { saveVariant } from "../templates/save-variant";
import { exportGlossary } from "./export-glossary";
import { importGlossary } from "./import-glossary";
import { updateGlossary } from "./update-glossary";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const GLOSSARY: OrgGlossary = {
  entries: [
    { term: "delivery", sourceLanguage: "en", note: 'We say "Lieferung", never "Zustellung", in every text', translations: { de: { text: "Zustellung", status: "forbidden" }, ja: { text: "配送", status: "preferred" } } },
    { term: "Permitted Cloud", sourceLanguage: "en", note: "", translations: { de: { text: "", status: "do-not-translate" }, fr: { text: "", status: "do-not-translate" } } },
    { term: "注文", sourceLanguage: "ja", note: "注文番号と混同しないこと。", translations: { en: { text: "order", status: "preferred" } } },
  ],
  forbiddenIsError: true,
  untranslatedMissingIsError: false,
};

const bytes = (text: string) => new TextEncoder().encode(text);

async function organisationWithOpenVersion(name: string) {
  const org = await makeDeliveryOrganisation(handle.db, name);
  const { versionId } = await createDraftTemplate(org, { name: `${name} delivery`, purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE"] });
  const [source] = (await listVariants(org.author.db, org.organisationId, versionId)).filter((v) => v.isSource);
  const saved = await saveVariant(org.author, { variantId: source.id, baseRevision: source.revision, subject: "Your delivery", doc: normalizeText("Hello {{buyer_name}}, please choose a delivery day for order {{order_id}}. {{seller_name}}").doc });
  if (!saved.ok) throw new Error("save conflicted");
  const checked = async () => (await listVariants(org.author.db, org.organisationId, versionId)).find((v) => v.id === source.id)!.policyContentHash;
  /** The checks run again on the current settings (after a glossary change made them stale). */
  const recheck = async () => {
    await recheckVariant(org.author, source.id);
    expect(await checked()).not.toBeNull();
  };
  return { org, checked, recheck };
}

const imports = async (organisationId: string) => (await listAuditEvents(handle.db, organisationId, {})).filter((e) => e.action === "settings.glossary_imported");

describe("glossary import and export", () => {
  it("round-trips TBX and CSV: nothing changes, checks stay, the import is audited, and the files are byte-identical", async () => {
    const { org, checked, recheck } = await organisationWithOpenVersion("Round trip");
    await updateGlossary(org.admin, GLOSSARY);
    expect(await checked()).toBeNull();
    await recheck();
    const stored = (await getOrganisationSettings(handle.db, org.organisationId))?.policySettings;
    for (const format of ["tbx", "csv"] as const) {
      const file = await exportGlossary(org.author, format);
      expect(file.fileName).toMatch(new RegExp(`^round-trip.*-glossary\\.${format}$`));
      const hash = await checked();
      const outcome = await importGlossary(org.author, { name: file.fileName, bytes: bytes(file.content) });
      expect(outcome).toEqual({ ok: true, format, added: 0, replaced: 0, unchanged: 3 });
      expect((await getOrganisationSettings(handle.db, org.organisationId))?.policySettings).toEqual(stored);
      expect(await checked()).toBe(hash);
      expect((await exportGlossary(org.admin, format)).content).toBe(file.content);

      // Into an organisation without a glossary: the same entries, the same bytes, its checks stale.
      const other = await organisationWithOpenVersion(`Empty ${format}`);
      expect(await other.checked()).not.toBeNull();
      expect(await importGlossary(other.org.author, { name: `from-tool.${format}`, bytes: bytes(file.content) })).toMatchObject({ ok: true, added: 3 });
      expect((await exportGlossary(other.org.author, format)).content).toBe(file.content);
      expect(await other.checked()).toBeNull();
    }
    const events = await imports(org.organisationId);
    expect(events.map((e) => e.data)).toEqual(expect.arrayContaining([expect.objectContaining({ format: "tbx", added: 0, unchanged: 3 }), expect.objectContaining({ format: "csv", added: 0, unchanged: 3 })]));
    await expect(importGlossary(org.approver, { name: "g.csv", bytes: bytes("") })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportGlossary(org.approver, "tbx")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("merges: a changed entry replaces the stored one, a new one is added, the rest and the switches stay; open checks become stale", async () => {
    const { org, checked, recheck } = await organisationWithOpenVersion("Merge");
    await updateGlossary(org.admin, GLOSSARY);
    await recheck();
    const csv = 'term,source_language,note,target_language,status,translation\r\nDelivery,en,"Lieferung, please",de,preferred,Lieferung\r\nparcel,en,,fr,preferred,colis\r\n';
    const outcome = await importGlossary(org.author, { name: "changes.csv", bytes: bytes(csv) });
    expect(outcome).toEqual({ ok: true, format: "csv", added: 1, replaced: 1, unchanged: 0 });
    expect(await checked()).toBeNull();
    const glossary = (await getOrganisationSettings(handle.db, org.organisationId))?.policySettings.glossary;
    expect(glossary?.forbiddenIsError).toBe(true);
    expect(glossary?.entries.map((e) => e.term)).toEqual(["Delivery", "Permitted Cloud", "注文", "parcel"]);
    expect(glossary?.entries[0]).toEqual({ term: "Delivery", sourceLanguage: "en", note: "Lieferung, please", translations: { de: { text: "Lieferung", status: "preferred" } } });
    const [event] = await imports(org.organisationId);
    expect(event.data).toMatchObject({ format: "csv", fileName: "changes.csv", added: 1, replaced: 1, to: { entries: [{ term: "Delivery" }, {}, {}, { term: "parcel" }] } });
  });

  const tbx = (body: string, root = 'martif type="TBX-Basic" xml:lang="en"') => `<?xml version="1.0" encoding="UTF-8"?><${root}><text><body>${body}</body></text></${root.split(" ")[0]}>`;
  const entry = (term: string, lang: string, target: string, status = "preferredTerm-admn-sts") =>
    `<termEntry><langSet xml:lang="en"><tig><term>${term}</term></tig></langSet><langSet xml:lang="${lang}"><tig><term>${target}</term><termNote type="administrativeStatus">${status}</termNote></tig></langSet></termEntry>`;
  const HEADER = "term,source_language,note,target_language,status,translation\r\n";

  it.each([
    ["broken XML", "g.tbx", `${tbx(entry("parcel", "de", "Paket")).slice(0, -10)}`, "malformed-xml"],
    ["a DOCTYPE", "g.tbx", `<?xml version="1.0"?><!DOCTYPE martif SYSTEM "file:///etc/passwd"><martif/>`, "doctype"],
    ["the wrong root", "g.tbx", tbx(entry("parcel", "de", "Paket"), "tbx"), "not-tbx"],
    ["an unknown language", "g.tbx", tbx(entry("parcel", "tlh", "jup")), "unknown-language"],
    ["a bad status", "g.tbx", tbx(entry("parcel", "de", "Paket", "forbiddenTerm")), "unknown-status"],
    ["too many entries", "g.tbx", tbx(Array.from({ length: 501 }, (_, i) => entry(`term ${i}`, "de", `Begriff ${i}`)).join("")), "too-many-entries"],
    ["a missing term", "g.tbx", tbx(entry(" ", "de", "Paket")), "missing-term"],
    ["duplicate terms", "g.tbx", tbx(entry("parcel", "de", "Paket") + entry("Parcel", "fr", "colis")), "duplicate-term"],
    ["a CSV with the wrong header", "g.csv", "term,translation\r\nparcel,Paket\r\n", "csv-header"],
    ["a CSV with ragged rows", "g.csv", `${HEADER}parcel,en,,de,preferred\r\n`, "csv-ragged"],
  ])("refuses %s, names the problem and writes nothing", async (_name, fileName, content, code) => {
    const { org, checked, recheck } = await organisationWithOpenVersion(`Refused ${code}`);
    await updateGlossary(org.admin, GLOSSARY);
    await recheck();
    const before = (await getOrganisationSettings(handle.db, org.organisationId))?.policySettings;
    const source = await checked();
    const outcome = await importGlossary(org.author, { name: fileName, bytes: bytes(content) });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toContain(code);
    expect((await getOrganisationSettings(handle.db, org.organisationId))?.policySettings).toEqual(before);
    expect(await checked()).toBe(source);
    expect(await imports(org.organisationId)).toEqual([]);
  });
});
