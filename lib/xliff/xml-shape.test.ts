import { describe, expect, it } from "vitest";
import { exportXliff } from "./export";
import { importXliff } from "./import";
import { deeplyNestedXliff, expectation, exportInput } from "./testing";
import { checkXmlShape, MAX_XML_DEPTH, MAX_XML_ELEMENTS } from "./xml-shape";

describe("the XML shape check before parsing", () => {
  it("measures depth and elements, skipping comments, CDATA and quoted attribute values", () => {
    expect(checkXmlShape('<a><!-- <b><c> --><b x="<d>" y=\'>\'><![CDATA[<e><f>]]><c/></b></a>')).toEqual({ ok: true, depth: 2, elements: 3 });
  });

  it("refuses a file nested deeper than any translation tool writes, without parsing it", () => {
    const xml = deeplyNestedXliff(10_000);
    expect(xml.length).toBeGreaterThan(140_000);
    expect(checkXmlShape(xml)).toMatchObject({ ok: false, limit: "depth", max: MAX_XML_DEPTH });
    const result = importXliff(xml, expectation());
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: "too-complex", params: { depth: MAX_XML_DEPTH, elements: MAX_XML_ELEMENTS } })] });
  });

  it("refuses a flat file with more elements than any template has", () => {
    const xml = `<xliff>${"<x/>".repeat(MAX_XML_ELEMENTS + 1)}</xliff>`;
    expect(checkXmlShape(xml)).toMatchObject({ ok: false, limit: "elements" });
  });

  it("accepts what the studio itself exports", () => {
    const [file] = exportXliff(exportInput());
    const shape = checkXmlShape(file.content);
    expect(shape.ok).toBe(true);
  });
});
