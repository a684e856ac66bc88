import { describe, expect, it } from "vitest";
import type { MarkJSON, NodeJSON } from "@/lib/editor/extensions";
import { i18nFor } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { plainText } from "@/lib/xliff/inline-codes";
import { exportTmx, type TmxEntry } from "./tmx-export";
import { importTmx, MAX_TMX_BYTES, type TmxImportResult } from "./tmx-import";
import { TMX_PROBLEM_CODES, tmxProblemMessage } from "./tmx-problems";

const ALLOWED = ["en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "ja-JP"];
const bold: MarkJSON = { type: "bold" };
const italic: MarkJSON = { type: "italic" };
const link = (href: string): MarkJSON => ({ type: "link", attrs: { href } });
const text = (value: string, ...marks: MarkJSON[]): NodeJSON => (marks.length ? { type: "text", text: value, marks } : { type: "text", text: value });
const ph = (name: string, ...marks: MarkJSON[]): NodeJSON =>
  marks.length ? { type: "placeholder", attrs: { name }, marks } : { type: "placeholder", attrs: { name } };
const br: NodeJSON = { type: "hardBreak" };

function entry(pair: string, source: NodeJSON[], target: NodeJSON[], trusted: boolean, createdAt: string): TmxEntry {
  const [sourceLocale, targetLocale] = pair.split(">");
  const texts = { sourceText: plainText(source), targetText: plainText(target) };
  return { sourceLocale, targetLocale, ...texts, sourceContent: source, targetContent: target, trusted, createdAt: new Date(createdAt) };
}

const HREF = 'https://example.com/help?a=1&b="2"';
const ENTRIES: TmxEntry[] = [
  // Placeholders, bold and a line break, trusted.
  entry("en-US>de-DE", [text("Your order "), ph("order_id"), text(" has "), text("shipped", bold), text("."), br, text("Thanks, "), ph("buyer_name")],
    [text("Ihre Bestellung "), ph("order_id"), text(" wurde "), text("versandt", bold), text("."), br, text("Danke, "), ph("buyer_name")], true, "2024-01-31T12:00:00Z"),
  // Nested marks, and a link (with characters HTML and XML escape) that is partly bold.
  entry("en-US>fr-FR", [text("Read ", bold), text("our guide", bold, italic), text(" or ", italic), text("help", link(HREF)), text(" page", link(HREF), bold)],
    [text("Lisez ", bold), text("notre guide", bold, italic), text(" ou ", italic), text("l’aide", link(HREF)), text(" en ligne", link(HREF), bold)], false, "2023-06-01T08:09:10Z"),
  entry("de-DE>en-GB", [text("Menge: "), ph("quantity", bold)], [text("Quantity: "), ph("quantity", bold)], false, "2022-02-28T23:59:59Z"),
  entry("ja-JP>it-IT", [text("a < b & c > d \"q\"\r\n  ")], [text("  a < b & c > d «q»")], true, "1999-12-31T00:00:01Z"),
  entry("en-US>de-DE", [text("Go to "), text("http site", link("http://example.org/x"))], [text("Zur "), text("http-Seite", link("http://example.org/x"))], true, "2024-01-31T12:00:00Z"),
];

function problemsOf(result: TmxImportResult): string[] {
  expect(result.ok).toBe(false);
  // Nothing to store: a failed import carries problems only.
  expect(Object.keys(result).sort()).toEqual(["ok", "problems"]);
  return result.ok ? [] : result.problems.map((p) => (p.tu !== undefined ? `${p.code}@${p.tu}` : p.code));
}

const tmx = (body: string, header = '<header srclang="en-US" creationdate="20240101T000000Z"/>', version = "1.4") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="${version}">${header}<body>${body}</body></tmx>`;
const tu = (source: string, target = "Hallo", attrs = "") =>
  `<tu${attrs}><tuv xml:lang="en-US"><seg>${source}</seg></tuv><tuv xml:lang="de-DE"><seg>${target}</seg></tuv></tu>`;
const problems = (xml: string) => problemsOf(importTmx(xml, { allowedLocales: ALLOWED }));

describe("TMX export", () => {
  const xml = exportTmx(ENTRIES);

  it("writes a TMX 1.4b document with inline codes", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')).toBe(true);
    expect(xml).toContain(
      '<header creationtool="Permitted" creationtoolversion="1" segtype="paragraph" o-tmf="Permitted" adminlang="en" srclang="*all*" datatype="plaintext"/>',
    );
    expect(xml).toContain('<tu srclang="en-US" creationdate="20240131T120000Z">\n      <prop type="x-permitted-trusted">yes</prop>');
    expect(xml).toContain(
      '<tuv xml:lang="en-US"><seg>Your order <ph type="x-placeholder">{{order_id}}</ph> has <bpt i="1" type="bold">&lt;b&gt;</bpt>shipped<ept i="1">&lt;/b&gt;</ept>.<ph type="lb">&lt;br/&gt;</ph>Thanks, <ph type="x-placeholder">{{buyer_name}}</ph></seg></tuv>',
    );
    // Nested in the order of the marks: bold stays open around bold+italic.
    expect(xml).toContain(
      '<bpt i="1" type="bold">&lt;b&gt;</bpt>Read <bpt i="2" type="italic">&lt;i&gt;</bpt>our guide<ept i="2">&lt;/i&gt;</ept><ept i="1">&lt;/b&gt;</ept><bpt i="3" type="italic">',
    );
    expect(xml).toContain('<bpt i="4" type="link">&lt;a href="https://example.com/help?a=1&amp;amp;b=&amp;quot;2&amp;quot;"&gt;</bpt>help');
    expect(xml).toContain("<prop type=\"x-permitted-trusted\">no</prop>");
  });

  it("names the one source locale in the header when all entries share it", () => {
    expect(exportTmx([ENTRIES[0], ENTRIES[1]])).toContain(' srclang="en-US" datatype="plaintext"/>');
    expect(exportTmx([])).toContain(' srclang="*all*" ');
  });

  it("is deterministic", () => {
    expect(exportTmx(structuredClone(ENTRIES))).toBe(xml);
  });
});

describe("TMX round trip", () => {
  it("export → import gives equal entries, and exporting them again the same bytes", () => {
    const xml = exportTmx(ENTRIES);
    const result = importTmx(xml, { allowedLocales: ALLOWED });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries).toStrictEqual(ENTRIES);
    expect(exportTmx(result.entries)).toBe(xml);
  });

  it("reads the same file as UTF-8 bytes (with a byte order mark) and as UTF-16", () => {
    const xml = exportTmx(ENTRIES);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(xml, "utf8")]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]);
    for (const bytes of [utf8, utf16]) {
      const result = importTmx(bytes, { allowedLocales: ALLOWED });
      expect(result.ok && result.entries).toStrictEqual(ENTRIES);
    }
  });
});

describe("TMX written by other tools", () => {
  const TRADOS = `<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4b">
  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml"
          segtype="sentence" adminlang="en-US" srclang="en-US" creationdate="20230102T030405Z" creationid="ACME\\jane">
    <prop type="x-Recognizers">RecognizeAll</prop>
    <prop type="x-TMName">Buyer messages</prop>
  </header>
  <body>
    <!-- exported 2023-01-02 -->
    <tu tuid="17" changedate="20230301T101010Z" creationid="ACME\\jane" usagecount="3">
      <prop type="x-Origin">TM</prop>
      <note>Checked by Jane</note>
      <tuv xml:lang="EN-us" changedate="20230301T101010Z">
        <prop type="x-Context">0, 0</prop>
        <seg>Your order <ph x="1" type="x-placeholder">{{order_id}}</ph> has <bpt i="1" x="2" type="bold">&lt;b&gt;</bpt>shipped<ept i="1">&lt;/b&gt;</ept>.</seg>
      </tuv>
      <tuv lang="de-de">
        <seg>Ihre Bestellung <ph x="1">{{ order_id }}</ph> wurde <bpt i="1">&lt;strong&gt;</bpt>versandt<ept i="1">&lt;/strong&gt;</ept>.</seg>
      </tuv>
      <tuv xml:lang="fr-FR"><seg>Votre commande <ph>{{order_id}}</ph> a été <bpt i="7" type="link">&lt;a href='https://example.com/?a=1&amp;amp;b=2' title="x"&gt;</bpt>expédiée<ept i="7">&lt;/a&gt;</ept>.</seg></tuv>
    </tu>
    <tu creationdate="20240506T070809Z">
      <prop type="x-permitted-trusted">yes</prop>
      <tuv xml:lang="en-US"><seg>Thanks<ph type="lb"/>Bye</seg></tuv>
      <tuv xml:lang="ja-JP"><seg>ありがとう<ph>&lt;br /&gt;</ph><![CDATA[さようなら]]></seg></tuv>
    </tu>
  </body>
</tmx>
`;

  it("imports headers, props, notes, other attributes, lang, <ph> placeholders, untyped codes, no creationdate", () => {
    const result = importTmx(TRADOS, { allowedLocales: ALLOWED });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const headerDate = new Date("2023-01-02T03:04:05Z");
    const source = [text("Your order "), ph("order_id"), text(" has "), text("shipped", bold), text(".")];
    expect(result.entries).toStrictEqual([
      entry("en-US>de-DE", source, [text("Ihre Bestellung "), ph("order_id"), text(" wurde "), text("versandt", bold), text(".")], false, headerDate.toISOString()),
      entry(
        "en-US>fr-FR",
        source,
        [text("Votre commande "), ph("order_id"), text(" a été "), text("expédiée", link("https://example.com/?a=1&b=2")), text(".")],
        false,
        headerDate.toISOString(),
      ),
      entry("en-US>ja-JP", [text("Thanks"), br, text("Bye")], [text("ありがとう"), br, text("さようなら")], true, "2024-05-06T07:08:09Z"),
    ]);
  });

  it("uses the Unix epoch, not the clock, without any creationdate", () => {
    const result = importTmx(tmx(tu("Hello"), '<header srclang="en-US"/>'), { allowedLocales: ALLOWED });
    expect(result.ok && result.entries[0].createdAt).toEqual(new Date(0));
  });
});

describe("TMX import refuses a broken file as a whole", () => {
  it("accepts the unbroken file (the baseline for the cases below)", () => {
    expect(importTmx(tmx(tu("Hello")), { allowedLocales: ALLOWED }).ok).toBe(true);
  });

  it("file-level problems", () => {
    expect(problems("this is not XML")).toEqual(["malformed-xml"]);
    expect(problems('<tmx version="1.4"><header/><body>')).toEqual(["malformed-xml"]);
    expect(problemsOf(importTmx(new Uint8Array([0x3c, 0xff, 0xfe, 0xfd]), { allowedLocales: ALLOWED }))).toEqual(["malformed-xml"]);
    expect(problems(`<!DOCTYPE tmx [<!ENTITY a "aaa">]>${tmx(tu("&a;"))}`)).toEqual(["doctype"]);
    expect(problems('<xliff version="2.0"><file/></xliff>')).toEqual(["not-tmx"]);
    expect(problems(tmx(tu("Hello"), undefined, "1.1"))).toEqual(["wrong-version"]);
    expect(problems(tmx(tu("Hello"), undefined, ""))).toEqual(["wrong-version"]);
    expect(problems('<tmx version="1.4"><header srclang="en-US"/></tmx>')).toEqual(["missing-body"]);
    expect(problems(`<tmx version="1.4"><body>${tu("Hello", "Hallo", ' srclang="en-US"')}</body></tmx>`)).toEqual(["missing-header"]);
    expect(problems(tmx(tu("Hello"), '<header srclang="en-US" creationdate="yesterday"/>'))).toEqual(["invalid-date"]);
    expect(problems(`<tmx version="1.4">${"<x>".repeat(70)}${"</x>".repeat(70)}</tmx>`)).toEqual(["too-complex"]);
  });

  it("over the size limit, as text or bytes", () => {
    const big = tmx(tu("x".repeat(MAX_TMX_BYTES)));
    const result = importTmx(big, { allowedLocales: ALLOWED });
    expect(problemsOf(result)).toEqual(["too-large"]);
    expect(!result.ok && result.problems[0].params).toEqual({ bytes: Buffer.byteLength(big), limit: MAX_TMX_BYTES });
    expect(problemsOf(importTmx(new Uint8Array(MAX_TMX_BYTES + 1), { allowedLocales: ALLOWED }))).toEqual(["too-large"]);
  });

  it("languages of a unit", () => {
    const only = (tuvs: string, attrs = "") => problems(tmx(`<tu${attrs}>${tuvs}</tu>`));
    expect(only('<tuv xml:lang="de-DE"><seg>Hallo</seg></tuv><tuv xml:lang="fr-FR"><seg>Salut</seg></tuv>')).toEqual(["missing-source@1"]);
    expect(only('<tuv xml:lang="en-US"><seg>Hello</seg></tuv>')).toEqual(["missing-target@1"]);
    expect(only('<tuv xml:lang="en-US"><seg>Hi</seg></tuv><tuv xml:lang="en-us"><seg>Hey</seg></tuv><tuv xml:lang="de-DE"><seg>Hallo</seg></tuv>')).toEqual([
      "duplicate-source@1",
    ]);
    expect(only('<tuv xml:lang="en-US"><seg>Hello</seg></tuv><tuv><seg>Hallo</seg></tuv>')).toEqual(["missing-language@1", "missing-target@1"]);
    expect(problems(tmx(tu("Hello"), '<header srclang="*all*"/>'))).toEqual(["no-source-language@1"]);
    const unknown = importTmx(tmx(tu("Hello").replace("de-DE", "pt-BR")), { allowedLocales: ALLOWED });
    expect(problemsOf(unknown)).toEqual(["unknown-locale@1"]);
    expect(!unknown.ok && unknown.problems[0].params).toEqual({ locale: "pt-BR", allowed: ALLOWED.join(", ") });
  });

  it("inline content of a segment", () => {
    expect(problems(tmx(tu('Order <ph type="x-placeholder">{{coupon_code}}</ph>')))).toEqual(["unknown-placeholder@1"]);
    expect(problems(tmx(tu("Order <ph>{{coupon}}</ph>")))).toEqual(["unknown-placeholder@1"]);
    expect(problems(tmx(tu('Order <ph type="x-printf">%s</ph>')))).toEqual(["unknown-code@1"]);
    expect(problems(tmx(tu('a <bpt i="1" type="ulined">&lt;u&gt;</bpt>b<ept i="1">&lt;/u&gt;</ept>')))).toEqual(["unknown-code@1"]);
    expect(problems(tmx(tu('a <bpt i="1" type="constructor">&lt;u&gt;</bpt>b<ept i="1">&lt;/u&gt;</ept>')))).toEqual(["unknown-code@1"]);
    expect(problems(tmx(tu('a <bpt i="1" type="bold">&lt;b&gt;</bpt>b')))).toEqual(["unpaired-tag@1"]);
    expect(problems(tmx(tu('a <ept i="1">&lt;/b&gt;</ept>b')))).toEqual(["unpaired-tag@1"]);
    expect(problems(tmx(tu('a <bpt i="1" type="bold">&lt;b&gt;</bpt>b<ept i="2">&lt;/b&gt;</ept>')))).toEqual(["unpaired-tag@1", "unpaired-tag@1"]);
    const js = importTmx(tmx(tu('<bpt i="1" type="link">&lt;a href="javascript:alert(1)"&gt;</bpt>click<ept i="1">&lt;/a&gt;</ept>')), { allowedLocales: ALLOWED });
    expect(problemsOf(js)).toEqual(["unsafe-link@1"]);
    expect(!js.ok && js.problems[0].params).toEqual({ href: "javascript:alert(1)", locale: "en-US" });
    expect(problems(tmx(tu('<bpt i="1" type="link">&lt;a&gt;</bpt>x<ept i="1">&lt;/a&gt;</ept>')))).toEqual(["unsafe-link@1"]);
    expect(problems(tmx(tu('a <hi type="bold">b</hi>')))).toEqual(["unsupported-inline@1"]);
    expect(problems(tmx(tu('a <it pos="begin">&lt;b&gt;</it>b')))).toEqual(["unsupported-inline@1"]);
    expect(problems(tmx(tu("a <ut>&lt;u&gt;</ut>b")))).toEqual(["unsupported-inline@1"]);
  });

  it("empty segments", () => {
    expect(problems(tmx(tu("Hello", "")))).toEqual(["empty-segment@1"]);
    expect(problems(tmx(tu("Hello", "  \n ")))).toEqual(["empty-segment@1"]);
    expect(problems(tmx(tu("Hello", '<ph type="lb">&lt;br/&gt;</ph>')))).toEqual(["empty-segment@1"]);
    expect(problems(tmx('<tu><tuv xml:lang="en-US"><seg>Hi</seg></tuv><tuv xml:lang="de-DE"/></tu>'))).toEqual(["empty-segment@1"]);
  });

  it("reports every problem of the file, with each unit's position and tuid", () => {
    const body = [tu("Fine"), tu("<hi>x</hi>", "", ' tuid="a-2"'), tu("Fine again"), tu('<ph type="x-placeholder">{{nope}}</ph>', "ok", ' creationdate="2024"')].join("\n");
    const result = importTmx(tmx(body), { allowedLocales: ALLOWED });
    expect(problemsOf(result)).toEqual(["unsupported-inline@2", "empty-segment@2", "invalid-date@4", "unknown-placeholder@4"]);
    expect(!result.ok && result.problems[0]).toEqual({ code: "unsupported-inline", params: { element: "hi", locale: "en-US" }, tu: 2, tuid: "a-2" });
  });
});

describe("TMX problem messages", () => {
  it("every code has a message in every UI language, and nothing else is listed", () => {
    for (const lng of UI_LANGUAGES) {
      const tmxStrings = (resources[lng].memory as { tmx: { problems: Record<string, string> } }).tmx;
      expect(Object.keys(tmxStrings.problems).sort(), lng).toEqual([...TMX_PROBLEM_CODES].sort());
    }
  });

  it("renders a file's problem and a unit's, with its tuid, as whole sentences", () => {
    const t = i18nFor("en").t;
    const result = importTmx(tmx(tu("a <hi>x</hi>", "Hallo", ' tuid="t7"') + tu("Hi", "")), { allowedLocales: ALLOWED });
    const [first, second] = result.ok ? [] : result.problems.map(tmxProblemMessage);
    expect(t(first.key, first.params)).toBe(
      "Translation unit 1 (ID “t7”): The en-US text contains the element <hi>, which cannot be imported (unsupported inline code). Remove that formatting in your tool and export again.",
    );
    expect(t(second.key, second.params)).toBe("Translation unit 2: The de-DE text is empty. Add the text or remove this language variant.");
    const refused = importTmx("<nope/>", { allowedLocales: ALLOWED });
    const top = tmxProblemMessage(refused.ok ? { code: "not-tmx", params: {} } : refused.problems[0]);
    expect(i18nFor("de").t(top.key, top.params)).toBe(
      "Dies ist keine TMX-Datei: Ihr Wurzelelement ist <nope> statt <tmx>. Exportieren Sie das Translation Memory aus Ihrem Werkzeug als TMX 1.4.",
    );
  });
});
