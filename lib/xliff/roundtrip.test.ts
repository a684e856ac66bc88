import { describe, expect, it } from "vitest";
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeDocument } from "@/lib/editor/normalize";
import { PLACEHOLDER_NAMES } from "@/lib/editor/placeholders";
import { prng, randomDoc } from "@/lib/editor/testing/random-doc";
import { exportXliff } from "./export";
import { importXliff } from "./import";
import { expectation, exportInput, SOURCE_DOC, SOURCE_SUBJECT, toGerman, translateDoc, translateFile } from "./testing";
import { parseXml } from "./xml-parse";


const expectedGermanDoc = () => normalizeDocument({ json: translateDoc(SOURCE_DOC, toGerman) }).doc;

describe("XLIFF export", () => {
  it("writes one well-formed XLIFF 2.0 document per target locale", () => {
    const files = exportXliff(exportInput({ targets: [{ locale: "de-DE", doc: null }, { locale: "fr-FR", doc: null }] }));
    expect(files.map((f) => [f.locale, f.fileName])).toEqual([
      ["de-DE", "delivery-appointment.v3.en-US_de-DE.xlf"],
      ["fr-FR", "delivery-appointment.v3.en-US_fr-FR.xlf"],
    ]);
    for (const file of files) {
      const parsed = parseXml(file.content);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const root = parsed.document.documentElement;
      expect([root.localName, root.getAttribute("version"), root.getAttribute("srcLang"), root.getAttribute("trgLang")]).toEqual([
        "xliff",
        "2.0",
        "en-US",
        file.locale,
      ]);
    }
  });

  it("has one unit per text block, named by position, and the subject", () => {
    const [file] = exportXliff(exportInput());
    const ids = [...file.content.matchAll(/<unit id="([^"]+)" name="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(ids).toEqual([
      "subject:subject",
      "b0:heading",
      "b1:paragraph",
      "b2.li0:list-item",
      "b2.li0.b1.li0:list-item",
      "b2.li1:list-item",
      "b3:image-alt",
      "b4:paragraph",
    ]);
  });

  it("writes placeholders as protected <ph> codes whose id names the placeholder, and formatting as <pc>", () => {
    const [file] = exportXliff(exportInput());
    expect(file.content).toContain(
      '<ph id="ph-order_id" type="ui" subType="xlf:var" disp="{{order_id}}" equiv="{{order_id}}" canCopy="no" canDelete="no"/>',
    );
    expect(file.content).toMatch(/<pc id="bold1" type="fmt" subType="xlf:b"[^>]*><ph id="ph-delivery_date"/);
    expect(file.content).toMatch(/<pc id="italic1" type="fmt" subType="xlf:i"[^>]*>morning<\/pc><\/pc> and noon\./);
    expect(file.content).toContain('<ph id="br1" type="fmt" subType="xlf:lb"');
    expect(file.content).toMatch(/<pc id="link1" type="link"[^>]*>delivery help<\/pc> page &amp; &lt;notes&gt;\./);
    expect(file.content).not.toContain("{{order_id}}</source>");
  });

  it("refuses to export the source locale as a target", () => {
    expect(() => exportXliff(exportInput({ targets: [{ locale: "en-us", doc: null }] }))).toThrow(TypeError);
  });
});

describe("XLIFF round trip", () => {
  it("export → translate in the file → import gives the source's structure with the translated text", () => {
    const [file] = exportXliff(exportInput());
    const result = importXliff(translateFile(file.content, toGerman), expectation());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.locale).toBe("de-DE");
    expect(result.subject).toBe("Ihr Liefer Termin für Bestellung {{order_id}}");
    expect(result.doc).toEqual(expectedGermanDoc());
    expect(result.changes).toEqual([]);
    // Structure and codes survive exactly: links keep their address, marks their nesting.
    expect(JSON.stringify(result.doc)).toContain("https://www.amazon.com/gp/help/customer/display.html");
    expect(JSON.stringify(result.doc.content[2])).toContain('"orderedList"');
  });

  it("offers an existing translation as targets, and importing that file unchanged gives it back", () => {
    const german = expectedGermanDoc();
    const germanSubject = toGerman(SOURCE_SUBJECT);
    const [file] = exportXliff(exportInput({ targets: [{ locale: "de-DE", subject: germanSubject, doc: german }] }));
    expect(file.content.match(/<target>/g)?.length).toBe(8);
    const result = importXliff(file.content, expectation());
    expect(result).toEqual({ ok: true, locale: "de-DE", subject: germanSubject, doc: german, changes: [] });
  });

  it("leaves out the target of a unit whose translation uses codes the source does not have", () => {
    const german = structuredClone(expectedGermanDoc());
    // An extra bold span in the heading: b0's translation cannot be expressed with the source's codes.
    german.content[0].content = [{ type: "text", text: "Ihr Liefertermin", marks: [{ type: "bold" }] }];
    const [file] = exportXliff(exportInput({ targets: [{ locale: "de-DE", subject: "", doc: german }] }));
    const unit = (id: string) => new RegExp(`<unit id="${id}"[^]*?</unit>`).exec(file.content)?.[0] ?? "";
    expect(unit("b0")).toContain("<source>");
    expect(unit("b0")).not.toContain("<target>");
    expect(unit("b1")).toContain("<target>");
  });

  it("round-trips 100 generated documents (every node kind, marks, escaping, right-to-left text)", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const random = prng(seed);
      const doc: DocJSON = randomDoc(random);
      const subject = `Subject ${seed} {{${PLACEHOLDER_NAMES[seed % PLACEHOLDER_NAMES.length]}}} <&>`;
      const [file] = exportXliff(exportInput({ source: { subject, doc } }));
      const identity = (text: string) => text;
      const result = importXliff(translateFile(file.content, identity), expectation({ sourceDoc: doc, sourceSubject: subject }));
      expect(result.ok, `seed ${seed}: ${JSON.stringify(result)}`).toBe(true);
      if (!result.ok) continue;
      expect(result.doc, `seed ${seed}`).toEqual(normalizeDocument({ json: doc }).doc);
      expect(result.subject).toBe(subject);
    }
  });
});

describe("attachments in the export", () => {
  it("names each file of the source in a note for the translator", () => {
    const [file] = exportXliff({
      templateKey: "warranty-card",
      templateName: "Warranty card",
      versionNumber: 2,
      sourceLocale: "en-GB",
      source: { subject: "Your warranty", doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Your warranty card is attached." }] }] } },
      targets: [{ locale: "de-DE", doc: null }],
      sourceAttachments: ["warranty <EN>.pdf"],
    });
    expect(file!.content).toContain('<note id="attachment-1" category="attachment">The message sends the file "warranty &lt;EN&gt;.pdf". Localise it too, and add the de-DE file to this language in the studio.</note>');
  });
});
