/**
 * Glossary files: a glossary exported as TBX-Basic or CSV imports back to the same entries and
 * exports again to the same bytes (notes with quotes, commas, formula characters, non-Latin
 * scripts); malformed files are refused as a whole, each problem named with its entry or line, in
 * every UI language.
 */
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/csv";
import { i18nFor } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { exportGlossaryCsv, importGlossaryCsv } from "./glossary-csv";
import { GLOSSARY_FILE_PROBLEM_CODES, glossaryFileProblemMessage, type GlossaryFileProblem } from "./glossary-file-problems";
import { mergeGlossary, type GlossaryFileResult } from "./glossary-import";
import { exportGlossaryTbx, importGlossaryTbx } from "./glossary-tbx";
import { normalisePolicySettings } from "./normalise-org-policy";
import { orgGlossarySchema, type GlossaryEntry } from "./org-policy";

/** Entries as the settings store them (normalised), so that a round trip can be compared exactly. */
const STORED: GlossaryEntry[] = normalisePolicySettings({
  linkHosts: {},
  rules: [],
  glossary: orgGlossarySchema.parse({
    entries: [
      { term: "delivery", sourceLanguage: "en", note: 'Say "Lieferung", never "Zustellung", please', translations: { de: { text: "Zustellung", status: "forbidden" }, fr: { text: "livraison", status: "preferred" }, ja: { text: "配送", status: "preferred" } } },
      { term: "Permitted Cloud", sourceLanguage: "en", note: "", translations: { de: { status: "do-not-translate" }, ja: { status: "do-not-translate" } } },
      { term: "=SUM(A1)", sourceLanguage: "en", note: "-a formula-looking note, with <xml> & ampersands", translations: { it: { text: "@somma", status: "preferred" } } },
      { term: "注文", sourceLanguage: "ja", note: "注文番号と混同しないこと。", translations: { en: { text: "order", status: "preferred" }, de: { text: "Auftrag", status: "forbidden" } } },
    ],
  }),
}).policy.glossary!.entries;

const problemsOf = (result: GlossaryFileResult): GlossaryFileProblem[] => (result.ok ? [] : result.problems);
const codes = (result: GlossaryFileResult) => problemsOf(result).map((p) => ({ code: p.code, entry: p.entry, line: p.line }));

describe("glossary as TBX-Basic", () => {
  const tbx = exportGlossaryTbx(STORED);

  it("writes martif TBX-Basic with one termEntry per entry, statuses as administrativeStatus", () => {
    expect(tbx).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect(tbx.match(/<termEntry /g)).toHaveLength(4);
    expect(tbx).toContain("<note>Say \"Lieferung\", never \"Zustellung\", please</note>");
    expect(tbx).toContain('<term>Zustellung</term>\n            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(tbx).toContain('<termNote type="x-permitted-status">do-not-translate</termNote>');
    expect(tbx).toContain("&lt;xml&gt; &amp; ampersands");
  });

  it("imports back to the same entries and exports the same bytes", () => {
    const result = importGlossaryTbx(new TextEncoder().encode(tbx));
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.entries).toEqual(STORED);
    expect(exportGlossaryTbx(result.entries)).toBe(tbx);
  });

  it("reads what other tools write: ntig/termGrp, regional tags, admitted and superseded statuses", () => {
    const other = `<?xml version="1.0"?><martif type="TBX-Basic" xml:lang="en-US"><text><body>
      <termEntry id="c12"><descrip type="definition">Carrier's word</descrip>
        <langSet xml:lang="en-US"><ntig><termGrp><term>parcel</term></termGrp></ntig></langSet>
        <langSet xml:lang="de-DE"><ntig><termGrp><term>Paket</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig></langSet>
        <langSet xml:lang="fr-FR"><tig><term>colis postal</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig></langSet>
        <langSet xml:lang="it"><tig><term>pacco</term></tig></langSet>
      </termEntry></body></text></martif>`;
    const result = importGlossaryTbx(other);
    expect(result.ok && result.entries).toEqual([
      { term: "parcel", sourceLanguage: "en", note: "Carrier's word", translations: { de: { text: "Paket", status: "preferred" }, fr: { text: "colis postal", status: "forbidden" }, it: { text: "pacco", status: "preferred" } } },
    ]);
  });

  const entry = (body: string, attrs = "") => `<termEntry${attrs}>${body}</termEntry>`;
  const doc = (...entries: string[]) => `<martif type="TBX-Basic" xml:lang="en"><text><body>${entries.join("")}</body></text></martif>`;
  const set = (lang: string, term: string, status?: string) =>
    `<langSet xml:lang="${lang}"><tig><term>${term}</term>${status ? `<termNote type="administrativeStatus">${status}</termNote>` : ""}</tig></langSet>`;

  it.each([
    ["broken XML", "<martif><text><body><termEntry></body></text></martif>", "malformed-xml"],
    ["a DOCTYPE", '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x "boom">]><martif>&x;</martif>', "doctype"],
    ["the wrong root", '<tmx version="1.4"><body/></tmx>', "not-tbx"],
    ["no entries", doc(), "empty-file"],
    ["too many entries", doc(...Array.from({ length: 501 }, (_, i) => entry(set("en", `term ${i}`) + set("de", `Begriff ${i}`)))), "too-many-entries"],
  ])("refuses %s", (_name, file, code) => {
    expect(codes(importGlossaryTbx(file))).toEqual([{ code, entry: undefined, line: undefined }]);
  });

  it("names every problem with its entry: unknown language and status, missing and duplicate terms", () => {
    const result = importGlossaryTbx(
      doc(
        entry(set("en", "delivery") + set("xx", "Lieferung")),
        entry(set("en", "parcel") + set("de", "Paket", "rejectedTerm-admn-sts"), ' id="p2"'),
        entry(set("en", "  ") + set("de", "Leer")),
        entry(set("en", "Delivery") + set("fr", "livraison")),
        entry(set("en", "DELIVERY") + set("it", "consegna")),
        entry(set("en", "refund")),
      ),
    );
    expect(problemsOf(result).map((p) => [p.code, p.entry, p.id, p.params.language ?? p.params.status])).toEqual([
      ["unknown-language", 1, undefined, "xx"],
      ["unknown-status", 2, "p2", "de"],
      ["missing-term", 3, undefined, undefined],
    ]);
    // Once the schema accepts every entry, repeated terms and what the settings' normaliser refuses are named.
    const third = importGlossaryTbx(doc(entry(set("en", "Delivery") + set("fr", "livraison")), entry(set("en", "DELIVERY") + set("it", "consegna")), entry(set("en", "refund"))));
    expect(problemsOf(third).map((p) => [p.code, p.entry, p.params.reason ?? p.params.term])).toEqual([
      ["duplicate-term", 2, "DELIVERY"],
      ["policy", 3, "glossaryNoTranslation"],
    ]);
  });
});

describe("glossary as CSV", () => {
  const csv = exportGlossaryCsv(STORED);

  it("writes a header and one quoted row per entry and target language, formulas kept text", () => {
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe('"term","source_language","note","target_language","status","translation"');
    expect(lines[1]).toBe('"delivery","en","Say ""Lieferung"", never ""Zustellung"", please","de","forbidden","Zustellung"');
    expect(lines).toContain(`"'=SUM(A1)","en","'-a formula-looking note, with <xml> & ampersands","it","preferred","'@somma"`);
    expect(lines).toHaveLength(1 + 3 + 2 + 1 + 2 + 1);
  });

  it("imports back to the same entries and exports the same bytes", () => {
    const result = importGlossaryCsv(new TextEncoder().encode(csv));
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.entries).toEqual(STORED);
    expect(exportGlossaryCsv(result.entries)).toBe(csv);
  });

  it("reads quoted newlines and commas, bare cells, LF lines and rows in any order; a note's newline becomes a space as in the form", () => {
    const file = 'term,source_language,note,target_language,status,translation\nparcel,en,"Line one,\nline two",de,preferred,Paket\nrefund,en,,fr,do-not-translate,\nparcel,en,,it,forbidden,collo\n';
    expect(parseCsv(file)).toMatchObject({ ok: true, records: [{ line: 1 }, { line: 2, cells: ["parcel", "en", "Line one,\nline two", "de", "preferred", "Paket"] }, { line: 4 }, { line: 5 }] });
    const result = importGlossaryCsv(file);
    expect(result.ok && result.entries).toEqual([
      { term: "parcel", sourceLanguage: "en", note: "Line one, line two", translations: { de: { text: "Paket", status: "preferred" }, it: { text: "collo", status: "forbidden" } } },
      { term: "refund", sourceLanguage: "en", note: "", translations: { fr: { text: "", status: "do-not-translate" } } },
    ]);
  });

  const HEADER = "term,source_language,note,target_language,status,translation\r\n";
  it.each([
    ["a wrong header", "term,language,translation\r\nparcel,en,Paket\r\n", [{ code: "csv-header", line: 1 }]],
    ["ragged rows", `${HEADER}parcel,en,,de,preferred\r\nrefund,en,,de,preferred,Erstattung,extra\r\n`, [{ code: "csv-ragged", line: 2 }, { code: "csv-ragged", line: 3 }]],
    ["an unclosed quote", `${HEADER}"parcel,en,,de,preferred,Paket\r\n`, [{ code: "csv-quote", line: 2 }]],
    ["an unknown language and status", `${HEADER}parcel,en,,klingon,preferred,Paket\r\nrefund,en,,de,recommended,Erstattung\r\n`, [{ code: "unknown-language", line: 2 }, { code: "unknown-status", line: 3 }]],
    ["a missing term", `${HEADER},en,,de,preferred,Paket\r\nrefund,en,,de,preferred,Erstattung\r\n`, [{ code: "missing-term", line: 2 }]],
    ["a missing translation", `${HEADER}parcel,en,,de,preferred,Paket\r\nrefund,en,,de,preferred,\r\n`, [{ code: "policy-translation", line: 3 }]],
    ["the same language twice and two notes", `${HEADER}parcel,en,a,de,preferred,Paket\r\nparcel,en,b,de,forbidden,Packerl\r\n`, [{ code: "note-differs", line: 3 }, { code: "duplicate-language", line: 3 }]],
    ["duplicate terms", `${HEADER}parcel,en,,de,preferred,Paket\r\nParcel,en,,fr,preferred,colis\r\n`, [{ code: "duplicate-term", line: 3 }]],
    ["no entries", HEADER, [{ code: "empty-file", line: undefined }]],
  ])("refuses %s, naming the line", (_name, file, expected) => {
    expect(codes(importGlossaryCsv(file)).map(({ code, line }) => ({ code, line }))).toEqual(expected);
  });

  it("refuses a file with too many entries", () => {
    const rows = Array.from({ length: 501 }, (_, i) => `term ${i},en,,de,preferred,Begriff ${i}`).join("\r\n");
    expect(codes(importGlossaryCsv(`${HEADER}${rows}\r\n`))[0]?.code).toBe("too-many-entries");
  });
});

describe("merging an imported glossary", () => {
  it("replaces entries with the same term, keeps the others and the switches, adds new ones at the end", () => {
    const stored = { entries: STORED.slice(0, 2), forbiddenIsError: true, untranslatedMissingIsError: false };
    const changed = { ...STORED[0], term: "Delivery", note: "new note" };
    const merged = mergeGlossary(stored, [changed, STORED[1], STORED[3]]);
    expect(merged).toMatchObject({ added: 1, replaced: 1, unchanged: 1, glossary: { forbiddenIsError: true, entries: [changed, STORED[1], STORED[3]] } });
    const full = { entries: Array.from({ length: 500 }, (_, i) => ({ ...STORED[1], term: `t${i}` })), forbiddenIsError: false, untranslatedMissingIsError: false };
    expect(mergeGlossary(full, [STORED[0]])).toEqual({ tooMany: 501 });
  });
});

describe("glossary file problems in the UI languages", () => {
  it("every code has a message in every UI language, and nothing else is listed", () => {
    for (const lng of UI_LANGUAGES) {
      const file = (resources[lng].common as { policySettings: { glossary: { file: { problems: Record<string, string> } } } }).policySettings.glossary.file;
      expect(Object.keys(file.problems).sort(), lng).toEqual([...GLOSSARY_FILE_PROBLEM_CODES].sort());
    }
  });

  it("renders problems as whole sentences, nesting the settings form's own messages", () => {
    const t = i18nFor("en").t;
    const tbx = importGlossaryTbx(`<martif><text><body><termEntry id="x1"><langSet xml:lang="en"><tig><term>a</term></tig></langSet><langSet xml:lang="de"><tig><term>b</term><termNote type="administrativeStatus">odd</termNote></tig></langSet></termEntry></body></text></martif>`);
    const [unknown] = problemsOf(tbx).map(glossaryFileProblemMessage);
    expect(t(unknown.key, unknown.params)).toMatch(/^Entry 1 \(ID “x1”\): The status “odd” \(de\) is not known\. Known: preferredTerm-admn-sts, /);
    const csv = importGlossaryCsv("term,source_language,note,target_language,status,translation\nparcel,en,,en,preferred,parcel\n");
    const [same] = problemsOf(csv).map(glossaryFileProblemMessage);
    expect(t(same.key, same.params)).toBe("Line 2: en: A translation cannot be in the term's own language.");
    const de = i18nFor("de").t;
    const [header] = problemsOf(importGlossaryCsv("a,b\n")).map(glossaryFileProblemMessage);
    expect(de(header.key, header.params)).toBe("Zeile 1: Die erste Zeile muss die Kopfzeile „term,source_language,note,target_language,status,translation“ sein; sie lautet „a,b“.");
  });
});
