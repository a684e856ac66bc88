/**
 * The glossary as TBX-Basic (ISO 30042 `martif type="TBX-Basic"`), for terminology tools: one
 * `<termEntry>` per entry, the note as its `<note>`, then one `<langSet>` per language, the term's
 * own language first (that is how the reader knows the source), each with one `<tig>`. A target's
 * status is TBX's administrativeStatus: preferred → preferredTerm-admn-sts, forbidden →
 * deprecatedTerm-admn-sts. TBX has no "do not translate": such a target repeats the term as its
 * preferred rendering (what other tools then show) with `<termNote type="x-permitted-status">
 * do-not-translate</termNote>`, which this reader takes first.
 *
 * Reading is checked like TMX (tmx-import.ts): size, shape and no DOCTYPE before jsdom's parser, a
 * `martif` root, then every entry, each problem named with its entry; glossary-import.ts applies
 * the settings' schema to the whole. Node only (jsdom).
 */
import { decodeXmlBytes, parseXml } from "@/lib/xliff/xml-parse";
import { checkXmlShape } from "@/lib/xliff/xml-shape";
import { attributes, escapeTextDroppingInvalid as text } from "@/lib/xliff/xml-write";
import { glossaryFileProblem as problem, type GlossaryFileAt, type GlossaryFileProblem } from "./glossary-file-problems";
import { fileLanguage, KNOWN_LANGUAGES, MAX_GLOSSARY_FILE_BYTES, validateGlossaryEntries, type GlossaryFileResult, type RawGlossaryEntry } from "./glossary-import";
import { ORG_LIMITS, type GlossaryEntry, type GlossaryStatus } from "./org-policy";

/** termEntry › langSet › ntig › termGrp › term: nothing real is deeper than a few more. */
export const TBX_SHAPE_LIMITS = { depth: 32, elements: 200_000 } as const;
export const TBX_PERMITTED_STATUS = "x-permitted-status";

const ADMIN_STATUS: Record<Exclude<GlossaryStatus, "do-not-translate">, string> = { preferred: "preferredTerm-admn-sts", forbidden: "deprecatedTerm-admn-sts" };
// A Map: a file's status "constructor" must not find Object's prototype.
const STATUS_OF: ReadonlyMap<string, GlossaryStatus> = new Map([
  ["preferredTerm-admn-sts", "preferred"],
  ["admittedTerm-admn-sts", "preferred"],
  ["deprecatedTerm-admn-sts", "forbidden"],
  ["supersededTerm-admn-sts", "forbidden"],
]);
const KNOWN_STATUSES = [...STATUS_OF.keys(), `${TBX_PERMITTED_STATUS}: do-not-translate`].join(", ");
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

function langSet(language: string, term: string, notes: string[]): string[] {
  return [`        <langSet${attributes({ "xml:lang": language })}>`, "          <tig>", `            <term>${text(term)}</term>`, ...notes.map((note) => `            ${note}`), "          </tig>", "        </langSet>"];
}

function termNote(type: string, value: string): string {
  return `<termNote${attributes({ type })}>${text(value)}</termNote>`;
}

function entryXml(entry: GlossaryEntry, index: number): string[] {
  const targets = Object.entries(entry.translations).flatMap(([language, translation]) =>
    translation.status === "do-not-translate"
      ? langSet(language, entry.term, [termNote("administrativeStatus", ADMIN_STATUS.preferred), termNote(TBX_PERMITTED_STATUS, "do-not-translate")])
      : langSet(language, translation.text, [termNote("administrativeStatus", ADMIN_STATUS[translation.status])]),
  );
  return [
    `      <termEntry${attributes({ id: `e${index + 1}` })}>`,
    ...(entry.note ? [`        <note>${text(entry.note)}</note>`] : []),
    ...langSet(entry.sourceLanguage, entry.term, []),
    ...targets,
    "      </termEntry>",
  ];
}

/** A TBX-Basic document (UTF-8 XML text); the same entries always give the same bytes. */
export function exportGlossaryTbx(entries: readonly GlossaryEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<martif${attributes({ type: "TBX-Basic", "xml:lang": entries[0]?.sourceLanguage ?? "en" })}>`,
    "  <martifHeader>",
    "    <fileDesc><sourceDesc><p>Permitted glossary</p></sourceDesc></fileDesc>",
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    "  </martifHeader>",
    "  <text>",
    "    <body>",
    ...entries.flatMap(entryXml),
    "    </body>",
    "  </text>",
    "</martif>",
    "",
  ].join("\n");
}

const children = (parent: Element, name: string) => Array.from(parent.children).filter((el) => el.localName === name);
const content = (el: Element | undefined) => (el?.textContent ?? "").trim();

/** The `<term>`s of a langSet with their termNotes: `<tig>`, or `<ntig>` › `<termGrp>`. */
function termsOf(set: Element): Array<{ term: string; notes: Map<string, string> }> {
  const groups = [...children(set, "tig"), ...children(set, "ntig").flatMap((ntig) => children(ntig, "termGrp"))];
  return groups.map((group) => ({ term: content(children(group, "term")[0]), notes: new Map(children(group, "termNote").map((n) => [n.getAttribute("type") ?? "", content(n)])) }));
}

function statusOf(notes: Map<string, string>, report: (status: string) => void): GlossaryStatus | null {
  const own = notes.get(TBX_PERMITTED_STATUS);
  if (own === "do-not-translate") return "do-not-translate";
  const admin = notes.get("administrativeStatus");
  if (own === undefined && admin === undefined) return "preferred";
  const status = own === undefined && admin !== undefined ? STATUS_OF.get(admin) : undefined;
  if (!status) report(own ?? admin ?? "");
  return status ?? null;
}

function readEntry(el: Element, at: GlossaryFileAt, problems: GlossaryFileProblem[]): RawGlossaryEntry | null {
  const before = problems.length;
  const report = (code: Parameters<typeof problem>[0], params: Record<string, string | number> = {}) => problems.push(problem(code, params, at));
  const sets = children(el, "langSet").map((set) => ({ lang: (set.getAttributeNS(XML_NAMESPACE, "lang") ?? set.getAttribute("lang") ?? "").trim(), terms: termsOf(set) }));
  const [source, ...targets] = sets;
  if (!source) {
    report("missing-source");
    return null;
  }
  const languageOf = (lang: string) => {
    const language = fileLanguage(lang);
    if (!language) report("unknown-language", { language: lang, known: KNOWN_LANGUAGES });
    return language ?? lang;
  };
  const sourceLanguage = languageOf(source.lang);
  if (source.terms.length > 1) report("multiple-terms", { language: source.lang });
  const translations = targets.flatMap(({ lang, terms }) => {
    const language = languageOf(lang);
    if (terms.length !== 1) {
      report(terms.length === 0 ? "missing-term" : "multiple-terms", { language: lang });
      return [];
    }
    const status = statusOf(terms[0].notes, (found) => report("unknown-status", { status: found, language: lang, known: KNOWN_STATUSES }));
    return status ? [{ language, status, text: status === "do-not-translate" ? "" : terms[0].term, at }] : [];
  });
  const note = content(children(el, "note")[0] ?? children(el, "descrip")[0]);
  return problems.length > before ? null : { at, term: source.terms[0]?.term ?? "", sourceLanguage, note, translations };
}

/** `file`: the XML text, or the uploaded bytes (UTF-8, or UTF-16 with a byte order mark). */
export function importGlossaryTbx(file: string | Uint8Array): GlossaryFileResult {
  const failed = (p: GlossaryFileProblem): GlossaryFileResult => ({ ok: false, problems: [p] });
  const bytes = typeof file === "string" ? Buffer.byteLength(file, "utf8") : file.byteLength;
  if (bytes > MAX_GLOSSARY_FILE_BYTES) return failed(problem("too-large", { bytes, limit: MAX_GLOSSARY_FILE_BYTES }));
  const xml = typeof file === "string" ? file : decodeXmlBytes(file);
  if (xml === null) return failed(problem("encoding"));
  if (!checkXmlShape(xml, TBX_SHAPE_LIMITS).ok) return failed(problem("too-complex", { ...TBX_SHAPE_LIMITS }));
  const parsed = parseXml(xml);
  if (!parsed.ok) return failed(parsed.reason === "doctype" ? problem("doctype") : problem("malformed-xml", { detail: parsed.detail }));
  const root = parsed.document.documentElement;
  if (root.localName !== "martif") return failed(problem("not-tbx", { root: root.localName }));
  const body = children(root, "text").flatMap((t) => children(t, "body"))[0];
  const elements = body ? children(body, "termEntry") : [];
  const problems: GlossaryFileProblem[] = [];
  // Counted before reading: a file of a million entries is refused without a million problems.
  if (elements.length > ORG_LIMITS.glossaryEntries) return failed(problem("too-many-entries", { count: elements.length, limit: ORG_LIMITS.glossaryEntries }));
  const raw = elements.flatMap((el, index) => {
    const id = el.getAttribute("id");
    const entry = readEntry(el, { entry: index + 1, ...(id !== null ? { id } : {}) }, problems);
    return entry ? [entry] : [];
  });
  return validateGlossaryEntries(raw, problems);
}
