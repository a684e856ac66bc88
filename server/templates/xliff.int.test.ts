import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { listVariants } from "@/db/queries/templates";
import { textWithTokens } from "@/lib/templates/text";
import { makeMember, makeOrganisation } from "@/test/fixtures";
import { authorise, type GuardContext } from "../guard";
import { createTemplate } from "./create-template";
import { exportTranslation, importTranslation } from "./xliff";
import { checkPlaceholderParity } from "@/lib/policy/parity";

let handle: DatabaseHandle;
let author: GuardContext;
let translator: GuardContext;

beforeAll(async () => {
  handle = await createTestDatabase();
  const { organisation } = await makeOrganisation(handle.db);
  const a = await makeMember(handle.db, organisation.id, ["author"]);
  const t = await makeMember(handle.db, organisation.id, ["translator"], ["de-DE"]);
  author = await authorise({ userId: a.id, organisationId: organisation.id }, "templates.create", handle.db);
  translator = await authorise({ userId: t.id, organisationId: organisation.id }, "variants.translate", handle.db);
});
afterAll(() => handle?.close());

const encoder = new TextEncoder();

/** What a translator's tool does: fills each unit's <target> (here, with German for the words we know). */
function translateFile(xml: string): string {
  const german: Record<string, string> = { Hello: "Hallo", "Kind regards,": "Mit freundlichen Grüßen" };
  return xml.replace(/<segment([^>]*)>\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g, (_m, attrs: string, source: string) => {
    let target = source;
    for (const [en, de] of Object.entries(german)) target = target.replace(en, de);
    if (target === source) target = `${source} `;
    return `<segment${attrs}><source>${source}</source><target>${target.trimEnd()}</target>`;
  });
}

describe("XLIFF round trip through the studio", () => {
  it("exports, imports a translated file into the variant with placeholder parity, and a broken file changes nothing", async () => {
    const { templateId, versionId } = await createTemplate(author, { name: "Xliff", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR"] });
    const file = await exportTranslation(translator, { templateId, locale: "de-DE" });
    expect(file.content).toContain('trgLang="de-DE"');
    expect(file.content).toMatch(/<ph [^>]*ph-order_id/);

    const translated = translateFile(file.content);
    const outcome = await importTranslation(translator, { templateId, file: encoder.encode(translated) });
    expect(outcome).toEqual({ ok: true, locale: "de-DE" });
    const variants = await listVariants(handle.db, author.organisation.id, versionId);
    const de = variants.find((v) => v.locale === "de-DE")!;
    const source = variants.find((v) => v.isSource)!;
    expect(textWithTokens(de.doc)).toContain("Hallo {{buyer_name}}");
    expect(de.status).toBe("draft");
    expect(checkPlaceholderParity(source.doc, de.doc)).toEqual([]);

    const before = { revision: de.revision, doc: de.doc };
    // The translator's tool lost a placeholder in one target.
    const broken = translated.replace(/<target>([\s\S]*?)<\/target>/, (target) => target.replace(/<ph [^>]*\/>/, ""));
    const refused = await importTranslation(translator, { templateId, file: encoder.encode(broken) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => p.code)).toContain("missing-placeholder");
    const garbage = await importTranslation(translator, { templateId, file: encoder.encode("<xliff><not-closed>") });
    expect(garbage.ok).toBe(false);
    const after = (await listVariants(handle.db, author.organisation.id, versionId)).find((v) => v.locale === "de-DE")!;
    expect({ revision: after.revision, doc: after.doc }).toEqual(before);

    // A file for a language the translator does not hold is refused as a whole.
    const french = await exportTranslation(author, { templateId, locale: "fr-FR" });
    const wrong = await importTranslation(translator, { templateId, file: encoder.encode(translateFile(french.content)) });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems.map((p) => p.code)).toContain("wrong-locale");
  });
});
