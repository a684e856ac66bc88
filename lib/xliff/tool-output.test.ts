/**
 * A file as translation tools write them back: a module namespace, notes at file and unit level,
 * a group around the units, states on segments, pretty-printed targets, a unit split into two
 * segments with the bold span turned into <sc>/<ec> and an <ignorable> between them, an <mrk>
 * annotation, CDATA, a placeholder code stripped to its id, and one copied with `copyOf`.
 */
import { describe, expect, it } from "vitest";
import { normalizeDocument } from "@/lib/editor/normalize";
import { importXliff } from "./import";
import { expectation, SOURCE_DOC, toGerman, translateDoc } from "./testing";

const PH = (name: string) =>
  `<ph id="ph-${name}" type="ui" subType="xlf:var" disp="{{${name}}}" equiv="{{${name}}}" canCopy="no" canDelete="no"/>`;

const TOOL_FILE = `<?xml version="1.0" encoding="utf-8"?>
<!-- Exported by SomeCAT 12.4 -->
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"
       version="2.0" srcLang="en-US" trgLang="de-DE">
  <file id="f1" original="permitted/templates/delivery-appointment/versions/3">
    <mda:metadata>
      <mda:metaGroup category="tool">
        <mda:meta type="project">ACME Q3</mda:meta>
      </mda:metaGroup>
    </mda:metadata>
    <notes>
      <note id="template" category="template">Delivery appointment</note>
      <note id="version" category="version">3</note>
      <note id="n1" category="translator" appliesTo="target">Formal "Sie" throughout.</note>
    </notes>
    <group id="g1">
      <unit id="subject" name="subject">
        <segment id="s1" state="translated">
          <source>Your delivery appointment for order ${PH("order_id")}</source>
          <target>
            Ihr Liefer Termin für Bestellung <ph id="ph-order_id"/>
          </target>
        </segment>
      </unit>
      <unit id="b0" name="heading">
        <notes><note category="context">Heading of the message</note></notes>
        <segment state="final">
          <source>Your delivery appointment</source>
          <target xml:space="preserve">
              Ihr   Liefer Termin
          </target>
        </segment>
      </unit>
      <unit id="b1" name="paragraph">
        <segment id="s1" state="translated">
          <source>Hello ${PH("buyer_name")}, your order ${PH("order_id")} will arrive on <sc id="bold1" type="fmt" subType="xlf:b"/>${PH("delivery_date")}</source>
          <target>Hallo ${PH("buyer_name")}, Ihre Bestellung ${PH("order_id")} wird ankommen am <sc id="bold1" type="fmt" subType="xlf:b"/>${PH("delivery_date")}</target>
        </segment>
        <ignorable>
          <source> </source>
        </ignorable>
        <segment id="s2" state="reviewed">
          <source>between <pc id="italic1" type="fmt" subType="xlf:i">morning</pc><ec startRef="bold1"/> and noon.<ph id="br1" type="fmt" subType="xlf:lb"/>Read the <pc id="link1" type="link">delivery help</pc> page &amp; &lt;notes&gt;.</source>
          <target>zwischen <pc id="italic1" type="fmt" subType="xlf:i">morgens</pc><ec startRef="bold1"/> und mittags.<ph id="br1" type="fmt" subType="xlf:lb"/>Lesen die <pc id="link1" type="link"><mrk id="m1" type="term" value="Hilfeseite">Liefer Hilfe</mrk></pc> Seite &amp; &lt;Notizen&gt;.</target>
        </segment>
      </unit>
      <unit id="b2.li0" name="list-item">
        <segment state="translated">
          <source>Please be at home</source>
          <target>Bitte seien zu Hause</target>
        </segment>
      </unit>
      <unit id="b2.li0.b1.li0" name="list-item">
        <segment state="translated">
          <source>or ask a neighbour</source>
          <target><![CDATA[oder fragen einen Nachbarn]]></target>
        </segment>
      </unit>
      <unit id="b2.li1" name="list-item">
        <segment state="translated">
          <source>Order ${PH("order_id")}</source>
          <target>Bestellung ${PH("order_id")}</target>
        </segment>
      </unit>
      <unit id="b3" name="image-alt">
        <notes><note category="context">Alternative text of an image</note></notes>
        <segment state="final">
          <source>A delivery truck</source>
          <target>Ein Liefer
            Lieferwagen</target>
        </segment>
      </unit>
      <unit id="b4" name="paragraph">
        <segment state="translated">
          <source>Thank you, ${PH("seller_name")}</source>
          <target>Danke Ihnen, <ph id="x9" copyOf="ph-seller_name"/></target>
        </segment>
      </unit>
    </group>
  </file>
</xliff>
`;

describe("XLIFF from a translation tool", () => {
  it("imports with notes, states, groups, segmentation, sc/ec, mrk, CDATA and extra whitespace", () => {
    const result = importXliff(TOOL_FILE, expectation());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.subject).toBe("Ihr Liefer Termin für Bestellung {{order_id}}");
    expect(result.doc).toEqual(normalizeDocument({ json: translateDoc(SOURCE_DOC, toGerman) }).doc);
  });

  it("puts reordered segments in their target order", () => {
    // A translator reordered the two halves of b2.li0's sentence with `order` on the targets.
    const split = TOOL_FILE.replace(
      /<unit id="b2\.li0" name="list-item">[^]*?<\/unit>/,
      `<unit id="b2.li0" name="list-item">
        <segment><source>Please be</source><target order="3">zu Hause</target></segment>
        <ignorable><source> </source><target order="2"> </target></ignorable>
        <segment><source>at home</source><target order="1">Bitte seien</target></segment>
      </unit>`,
    );
    const result = importXliff(split, expectation());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.ok && result.doc.content[2].content?.[0].content?.[0]).toEqual({
      type: "paragraph",
      content: [{ type: "text", text: "Bitte seien zu Hause" }],
    });
  });

  it("still finds a missing placeholder when the tool dropped it from one segment", () => {
    const broken = TOOL_FILE.replace(`am <sc id="bold1" type="fmt" subType="xlf:b"/>${PH("delivery_date")}</target>`, `am <sc id="bold1" type="fmt" subType="xlf:b"/></target>`);
    const result = importXliff(broken, expectation());
    expect(!result.ok && result.problems.map((p) => [p.code, p.unitId, p.params.name])).toEqual([
      ["missing-placeholder", "b1", "{{delivery_date}}"],
    ]);
  });

  it("reads uploaded bytes: UTF-8 with a byte order mark, UTF-16 with one, and refuses invalid UTF-8", () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TOOL_FILE)]);
    expect(importXliff(utf8, expectation()).ok).toBe(true);
    const utf16 = new Uint8Array(2 + TOOL_FILE.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < TOOL_FILE.length; i++) {
      const code = TOOL_FILE.charCodeAt(i);
      utf16[2 + i * 2] = code & 0xff;
      utf16[3 + i * 2] = code >> 8;
    }
    expect(importXliff(utf16, expectation()).ok).toBe(true);
    const broken = new Uint8Array([...new TextEncoder().encode(TOOL_FILE.slice(0, 300)), 0xc3, 0x28]);
    const result = importXliff(broken, expectation());
    expect(!result.ok && result.problems.map((p) => [p.code, p.params.detail])).toEqual([["malformed-xml", "encoding"]]);
  });
});
