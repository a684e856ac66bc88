import { describe, expect, it } from "vitest";
import type { DocJSON } from "@/lib/editor/extensions";
import { exportXliff } from "./export";
import { XLIFF_NAMESPACE } from "./identity";
import { importXliff, MAX_XLIFF_BYTES, type XliffImportResult } from "./import";
import { expectation, exportInput, SOURCE_DOC, toGerman, translateFile, type ToolOptions } from "./testing";

const exported = exportXliff(exportInput())[0].content;

const translated = (options: ToolOptions = {}) => translateFile(exported, toGerman, options);

function problemsOf(result: XliffImportResult): string[] {
  expect(result.ok).toBe(false);
  // Nothing to store: a failed import carries problems only.
  expect(Object.keys(result).sort()).toEqual(["ok", "problems"]);
  return result.ok ? [] : result.problems.map((p) => (p.unitId ? `${p.code}@${p.unitId}` : p.code));
}

const firstPh = (target: Element, id: string) =>
  Array.from(target.getElementsByTagNameNS(XLIFF_NAMESPACE, "ph")).find((ph) => ph.getAttribute("id") === id);

describe("XLIFF import refuses a broken file as a whole", () => {
  it("accepts the unbroken file (the baseline for every case below)", () => {
    expect(importXliff(translated(), expectation()).ok).toBe(true);
  });

  it("wrong template key", () => {
    const xml = translated().replace("permitted/templates/delivery-appointment/", "permitted/templates/review-request/");
    const result = importXliff(xml, expectation());
    expect(problemsOf(result)).toEqual(["wrong-template"]);
    expect(!result.ok && result.problems[0].params).toEqual({ found: "review-request", expected: "delivery-appointment" });
  });

  it("a file without our identity is the wrong template", () => {
    expect(problemsOf(importXliff(translated().replace(/ original="[^"]*"/, ""), expectation()))).toEqual(["wrong-template"]);
  });

  it("wrong version", () => {
    const result = importXliff(translated(), expectation({ versionNumber: 4 }));
    expect(problemsOf(result)).toEqual(["wrong-version"]);
    expect(!result.ok && result.problems[0].params).toEqual({ found: 3, expected: 4 });
  });

  it("wrong locale: a target the importer may not fill, or another source language", () => {
    expect(problemsOf(importXliff(translated(), expectation({ allowedTargetLocales: ["fr-FR"] })))).toEqual(["wrong-locale"]);
    expect(problemsOf(importXliff(translated(), expectation({ sourceLocale: "en-GB" })))).toEqual(["wrong-locale"]);
    const noTarget = translated().replace(/ trgLang="de-DE"/, "");
    expect(problemsOf(importXliff(noTarget, expectation()))).toEqual(["wrong-locale"]);
  });

  it("matches locales as BCP 47 tags, whatever their case", () => {
    const lower = translated().replace('trgLang="de-DE"', 'trgLang="de-de"');
    const result = importXliff(lower, expectation());
    expect(result.ok && result.locale).toBe("de-DE");
  });

  it("a missing <ph>: missing-placeholder on that unit", () => {
    const xml = translated({ edit: (unitId, target) => unitId === "b1" && firstPh(target, "ph-order_id")?.remove() });
    const result = importXliff(xml, expectation());
    expect(problemsOf(result)).toEqual(["missing-placeholder@b1"]);
    expect(!result.ok && result.problems[0].params).toEqual({ unitId: "b1", name: "{{order_id}}" });
  });

  it("a placeholder moved to another unit: missing in one, extra in the other", () => {
    const xml = translated({
      editDocument: (document) => {
        const units = Array.from(document.getElementsByTagNameNS(XLIFF_NAMESPACE, "unit"));
        const target = (id: string) =>
          units.find((u) => u.getAttribute("id") === id)?.getElementsByTagNameNS(XLIFF_NAMESPACE, "target")[0] as Element;
        const ph = firstPh(target("b4"), "ph-seller_name") as Element;
        target("b0").appendChild(ph);
      },
    });
    expect(problemsOf(importXliff(xml, expectation()))).toEqual(["extra-placeholder@b0", "missing-placeholder@b4"]);
  });

  it("a duplicated placeholder, an unknown code and {{name}} typed as text count as extra", () => {
    const duplicated = translated({ edit: (id, target) => id === "b4" && target.appendChild((firstPh(target, "ph-seller_name") as Element).cloneNode()) });
    expect(problemsOf(importXliff(duplicated, expectation()))).toEqual(["extra-placeholder@b4"]);
    const unknown = translated({
      edit: (id, target, document) => {
        if (id !== "b4") return;
        const ph = document.createElementNS(XLIFF_NAMESPACE, "ph");
        ph.setAttribute("id", "ph-asin");
        target.appendChild(ph);
      },
    });
    expect(problemsOf(importXliff(unknown, expectation()))).toEqual(["extra-placeholder@b4"]);
    const typed = translated({ edit: (id, target, document) => id === "b4" && target.appendChild(document.createTextNode(" {{asin}}")) });
    expect(problemsOf(importXliff(typed, expectation()))).toEqual(["extra-placeholder@b4"]);
  });

  it("a placeholder typed as {{name}} instead of the code is accepted: it is the same placeholder", () => {
    const xml = translated({
      edit: (id, target, document) => {
        if (id !== "b4") return;
        target.replaceChild(document.createTextNode("{{seller_name}}"), firstPh(target, "ph-seller_name") as Element);
      },
    });
    const result = importXliff(xml, expectation());
    expect(result.ok).toBe(true);
    expect(result.ok && result.doc.content[4].content?.at(-1)).toEqual({ type: "placeholder", attrs: { name: "seller_name" } });
  });

  it("malformed XML", () => {
    const result = importXliff(translated().slice(0, -40), expectation());
    expect(problemsOf(result)).toEqual(["malformed-xml"]);
    expect(!result.ok && result.problems[0].messageKey).toBe("workflow:xliff.problems.malformed-xml");
  });

  it("a unit removed: missing-unit", () => {
    const xml = translated().replace(/<unit id="b2\.li1"[^]*?<\/unit>/, "");
    expect(problemsOf(importXliff(xml, expectation()))).toEqual(["missing-unit@b2.li1"]);
  });

  it("a unit the source does not have, and a unit twice", () => {
    const extra = translated().replace("</file>", '<unit id="b99"><segment><source>x</source><target>y</target></segment></unit></file>');
    expect(problemsOf(importXliff(extra, expectation()))).toEqual(["unknown-unit@b99"]);
    const twice = translated().replace(/(<unit id="b0"[^]*?<\/unit>)/, "$1$1");
    expect(problemsOf(importXliff(twice, expectation()))).toEqual(["duplicate-unit@b0"]);
  });

  it("a DOCTYPE with an entity is refused before parsing (no entity expansion)", () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n${translated()
      .replace(/^<\?xml[^>]*\?>/, "")
      .replace("Hallo", "&b;")}`;
    const result = importXliff(bomb, expectation());
    expect(problemsOf(result)).toEqual(["malformed-xml"]);
    expect(!result.ok && result.problems[0].messageKey).toBe("workflow:xliff.problems.doctype");
    const external = `<!DOCTYPE xliff SYSTEM "file:///etc/passwd">${translated().replace(/^<\?xml[^>]*\?>/, "")}`;
    expect(problemsOf(importXliff(external, expectation()))).toEqual(["malformed-xml"]);
  });

  it("not XLIFF 2: XLIFF 1.2, or another XML document", () => {
    const v12 = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en-US" target-language="de-DE" datatype="plaintext" original="x"><body><trans-unit id="1"><source>Hi</source><target>Hallo</target></trans-unit></body></file></xliff>`;
    expect(problemsOf(importXliff(v12, expectation()))).toEqual(["not-xliff-2"]);
    expect(problemsOf(importXliff("<html><body/></html>", expectation()))).toEqual(["not-xliff-2"]);
  });

  it("an untranslated unit: no target, or an empty one", () => {
    const none = translated({ edit: (id, target) => id === "b0" && target.remove() });
    expect(problemsOf(importXliff(none, expectation()))).toEqual(["empty-target@b0"]);
    const blank = translated({ edit: (id, target) => id === "b3" && (target.textContent = "  ") });
    expect(problemsOf(importXliff(blank, expectation()))).toEqual(["empty-target@b3"]);
  });

  it("a file exported before the source changed: source-changed on the changed unit", () => {
    const changed = structuredClone(SOURCE_DOC);
    changed.content[0].content = [{ type: "text", text: "Your new delivery appointment" }];
    expect(problemsOf(importXliff(translated(), expectation({ sourceDoc: changed })))).toEqual(["source-changed@b0"]);
  });

  it("markup the import cannot map back: an unknown code, an element XLIFF does not have", () => {
    const unknownPc = translated({
      edit: (id, target, document) => {
        if (id !== "b0") return;
        const pc = document.createElementNS(XLIFF_NAMESPACE, "pc");
        pc.setAttribute("id", "zz");
        pc.textContent = "Termin";
        target.appendChild(pc);
      },
    });
    const result = importXliff(unknownPc, expectation());
    expect(problemsOf(result)).toEqual(["invalid-inline@b0"]);
    expect(!result.ok && result.problems[0].messageKey).toBe("workflow:xliff.problems.unknown-code");
    const html = translated({ edit: (id, target) => id === "b0" && target.appendChild(target.ownerDocument.createElementNS("http://www.w3.org/1999/xhtml", "b")) });
    expect(problemsOf(importXliff(html, expectation()))).toEqual(["invalid-inline@b0"]);
  });

  it("lists every problem at once", () => {
    const xml = translated({
      edit: (id, target) => {
        if (id === "b1") firstPh(target, "ph-buyer_name")?.remove();
        if (id === "b3") target.remove();
      },
    }).replace(/<unit id="b4"[^]*?<\/unit>/, "");
    expect(problemsOf(importXliff(xml, expectation({ allowedTargetLocales: ["fr-FR"] })))).toEqual([
      "wrong-locale",
      "missing-placeholder@b1",
      "empty-target@b3",
      "missing-unit@b4",
    ]);
  });

  it("too large", () => {
    const huge = translated().replace("</file>", `<!-- ${"x".repeat(MAX_XLIFF_BYTES)} --></file>`);
    expect(problemsOf(importXliff(huge, expectation()))).toEqual(["too-large"]);
  });

  it("a document the normaliser refuses: invalid-document", () => {
    // Each of 400 list items is translated to a long text: the result is far over the document size limit.
    const items = Array.from({ length: 400 }, (_, i) => ({
      type: "listItem",
      content: [{ type: "paragraph", content: [{ type: "text", text: `Item ${i}` }] }],
    }));
    const big: DocJSON = { type: "doc", content: [{ type: "bulletList", content: items }] };
    const [file] = exportXliff({
      templateKey: "delivery-appointment",
      templateName: "x",
      versionNumber: 3,
      sourceLocale: "en-US",
      source: { subject: "", doc: big },
      targets: [{ locale: "de-DE", doc: null }],
    });
    const xml = translateFile(file.content, (text) => `${text} ${"Lieferung ".repeat(30)}`);
    const result = importXliff(xml, expectation({ sourceDoc: big, sourceSubject: "" }));
    expect(problemsOf(result)).toEqual(["invalid-document"]);
    expect(!result.ok && result.problems[0].params).toMatchObject({ reason: "too-large", limit: 64 * 1024 });
  });
});

describe("XLIFF import keeps control of what it stores", () => {
  it("a link's address comes from the source, whatever the file says", () => {
    const xml = translated({
      edit: (id, target) => {
        if (id !== "b1") return;
        const pc = Array.from(target.getElementsByTagNameNS(XLIFF_NAMESPACE, "pc")).find((el) => el.getAttribute("id") === "link1");
        pc?.setAttribute("dispStart", '<a href="https://evil.example/">');
        pc?.setAttribute("href", "https://evil.example/");
      },
    });
    const result = importXliff(xml, expectation());
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain("evil.example");
    expect(JSON.stringify(result)).toContain("https://www.amazon.com/gp/help/customer/display.html");
  });

  it("markup typed as text stays text", () => {
    const xml = translated({ edit: (id, target, document) => id === "b0" && target.appendChild(document.createTextNode(' <img src="https://x.example/a.png" onerror="x()">')) });
    const result = importXliff(xml, expectation());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.content[0]).toEqual({
      type: "heading",
      attrs: { level: 1 },
      content: [{ type: "text", text: 'Ihr Liefer Termin <img src="https://x.example/a.png" onerror="x()">' }],
    });
  });
});
