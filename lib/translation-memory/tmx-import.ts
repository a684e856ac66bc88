/**
 * Import of a TMX 1.4(b) file into translation-memory entries, validated as a whole like the XLIFF
 * import: either every check passes and every entry is returned, or the caller gets every problem
 * found and nothing to store (a half-imported memory would be hard to find and undo).
 *
 * Checks, in order: size; nesting depth and element count (before parsing); well-formed XML without
 * a DOCTYPE; a `<tmx>` root of version 1.4; a header and a body; then per `<tu>`: one source
 * language (its srclang, else the header's), exactly one `<tuv>` in it and at least one other, every
 * language one of the allowed locales, and every `<seg>` non-empty and made of codes the memory can
 * hold (see decodeSeg). One entry per source/target pair of a unit.
 *
 * What other tools write is accepted: `<prop>`, `<note>`, extra header and `<tuv>` attributes, the
 * deprecated `lang` for `xml:lang`, whitespace between elements, a missing creationdate (the
 * header's, else the Unix epoch: never the clock, so importing a file twice gives equal entries).
 * Node only (jsdom's parser).
 */
import { MARK, NODE, type MarkJSON, type NodeJSON } from "@/lib/editor/extensions";
import { isPlaceholderName } from "@/lib/editor/placeholders";
import { linkProblem } from "@/lib/editor/url-rules";
import { plainText } from "@/lib/xliff/inline-codes";
import { decodeXmlBytes, parseXml } from "@/lib/xliff/xml-parse";
import { checkXmlShape } from "@/lib/xliff/xml-shape";
import { TMX_ALL_LANGUAGES, TMX_MARK_TYPES, TMX_PLACEHOLDER_TYPE, TMX_TRUSTED_PROP, type TmxEntry } from "./tmx-export";
import { tmxProblem, type TmxProblem, type TmxProblemCode } from "./tmx-problems";

/** A memory of a few hundred thousand units; beyond that parsing would hold the server too long. */
export const MAX_TMX_BYTES = 20 * 1024 * 1024;
/** TMX is shallow (tmx › body › tu › tuv › seg › code); a whole memory has many elements, unlike one XLIFF file. */
export const TMX_SHAPE_LIMITS = { depth: 64, elements: 2_000_000 } as const;

export type TmxImportResult = { ok: true; entries: TmxEntry[] } | { ok: false; problems: TmxProblem[] };

type Report = (code: TmxProblemCode, params?: Record<string, string | number>) => void;
type Token = { t: "node"; node: NodeJSON } | { t: "open"; i: string; mark: MarkJSON | null } | { t: "close"; i: string };

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;
// A Map, not an object: a file's type="constructor" must not find Object's prototype.
const MARK_BY_TYPE: ReadonlyMap<string, string> = new Map(Object.entries(TMX_MARK_TYPES).map(([mark, type]) => [type, mark]));
// Schema order of marks (link has Tiptap priority 1000), as ProseMirror writes them in JSON.
const MARK_ORDER: readonly string[] = [MARK.link, MARK.bold, MARK.italic];
const PLACEHOLDER_CONTENT = /^\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}$/;
const HREF = /^<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

const failed = (problems: TmxProblem[]): TmxImportResult => ({ ok: false, problems });
const children = (parent: Element, name: string) => Array.from(parent.children).filter((el) => el.localName === name);
const isText = (node: Node) => node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE;
/** Text of an element's own text children: a code's native code, without `<sub>` flows in it. */
const ownText = (el: Element) => Array.from(el.childNodes).filter(isText).map((n) => n.nodeValue ?? "").join("");

/** `YYYYMMDDThhmmssZ` (TMX), also with ISO 8601's separators; null when it is not a real UTC time. */
export function parseTmxDate(value: string): Date | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})Z$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const same = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute;
  return same && date.getUTCSeconds() === second ? date : null;
}

/** The href in a native `<a href="…">`, HTML character references decoded; null without one. */
function hrefOf(native: string): string | null {
  const m = HREF.exec(native.trim());
  if (!m) return null;
  const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };
  return (m[1] ?? m[2] ?? m[3]).replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (ref, name: string) => {
    if (name[0] !== "#") return named[name.toLowerCase()] ?? ref;
    const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}

/** The mark a `<bpt>` opens: by its type, or by its native code when a tool wrote no type. */
function markOf(bpt: Element, report: Report): MarkJSON | null {
  const native = ownText(bpt).trim();
  const type = bpt.getAttribute("type");
  let mark = type ? MARK_BY_TYPE.get(type) : undefined;
  if (!type) mark = /^<(b|strong)\b/i.test(native) ? MARK.bold : /^<(i|em)\b/i.test(native) ? MARK.italic : /^<a\b/i.test(native) ? MARK.link : undefined;
  if (!mark) {
    report("unknown-code", { element: "bpt", content: type ?? native });
    return null;
  }
  if (mark !== MARK.link) return { type: mark };
  const href = hrefOf(native);
  // http is allowed here (the editor flags it as insecure on use); anything else could run script.
  const problem = href === null ? "disallowed-link" : linkProblem(href);
  if (href === null || (problem !== null && problem !== "insecure-link")) {
    report("unsafe-link", { href: href ?? native });
    return null;
  }
  return { type: MARK.link, attrs: { href } };
}

function placeholderOf(ph: Element, report: Report): NodeJSON | null {
  const content = ownText(ph).trim();
  const type = ph.getAttribute("type");
  if (type === "lb" || /^<br\s*\/?>$/i.test(content)) return { type: NODE.hardBreak };
  const token = PLACEHOLDER_CONTENT.exec(content);
  if (type === TMX_PLACEHOLDER_TYPE || (!type && token)) {
    if (token && isPlaceholderName(token[1])) return { type: NODE.placeholder, attrs: { name: token[1] } };
    report("unknown-placeholder", { name: content });
  } else report("unknown-code", { element: "ph", content: type ?? content });
  return null;
}

/** Codes of a `<seg>` in document order; anything the memory cannot hold is reported. */
function tokensOf(seg: Element, report: Report): Token[] {
  const tokens: Token[] = [];
  const open = new Set<string>();
  for (const child of Array.from(seg.childNodes)) {
    if (isText(child)) {
      tokens.push({ t: "node", node: { type: NODE.text, text: child.nodeValue ?? "" } });
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
    const el = child as Element;
    const i = el.getAttribute("i") ?? "";
    if (el.localName === "ph") {
      const node = placeholderOf(el, report);
      if (node) tokens.push({ t: "node", node });
    } else if (el.localName === "bpt") {
      if (!i || open.has(i)) report("unpaired-tag", { element: "bpt", i });
      open.add(i);
      tokens.push({ t: "open", i, mark: markOf(el, report) });
    } else if (el.localName === "ept") {
      if (i && open.delete(i)) tokens.push({ t: "close", i });
      else report("unpaired-tag", { element: "ept", i });
    } else report("unsupported-inline", { element: el.localName });
  }
  for (const i of open) if (i) report("unpaired-tag", { element: "bpt", i });
  return tokens;
}

/** Inline nodes: marks in schema order (one per type, the innermost wins), adjacent equal texts merged. */
function decodeSeg(seg: Element, report: Report): NodeJSON[] {
  const open: { i: string; mark: MarkJSON | null }[] = [];
  const nodes: NodeJSON[] = [];
  for (const token of tokensOf(seg, report)) {
    if (token.t === "open") open.push({ i: token.i, mark: token.mark });
    else if (token.t === "close") open.splice(open.map((o) => o.i).lastIndexOf(token.i), 1);
    else {
      const byType = new Map(open.flatMap(({ mark }) => (mark ? [[mark.type, mark] as const] : [])));
      const marks = [...byType.values()].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
      const node = marks.length && token.node.type !== NODE.hardBreak ? { ...token.node, marks } : token.node;
      const last = nodes.at(-1);
      if (node.type !== NODE.text) nodes.push(node);
      else if (last?.type === NODE.text && JSON.stringify(last.marks) === JSON.stringify(node.marks)) last.text += node.text ?? "";
      else if (node.text) nodes.push(node);
    }
  }
  return nodes;
}

const hasContent = (nodes: readonly NodeJSON[]) =>
  nodes.some((node) => node.type === NODE.placeholder || (node.type === NODE.text && (node.text ?? "").trim() !== ""));

interface FileContext {
  allowedLocales: readonly string[];
  headerSrclang: string | null;
  headerDate: Date;
}

/** The entries of one `<tu>`, or none when it has a problem (reported with its position). */
function readTu(tu: Element, at: { tu: number; tuid?: string }, file: FileContext, problems: TmxProblem[]): TmxEntry[] {
  const before = problems.length;
  const report: Report = (code, params = {}) => problems.push(tmxProblem(code, params, at));
  const own = tu.getAttribute("srclang");
  const srclang = own && own !== TMX_ALL_LANGUAGES ? own : file.headerSrclang;
  if (!srclang) report("no-source-language");
  const dateValue = tu.getAttribute("creationdate");
  const createdAt = dateValue === null ? file.headerDate : parseTmxDate(dateValue);
  if (!createdAt) report("invalid-date", { value: dateValue ?? "" });
  const trusted = children(tu, "prop").some((p) => p.getAttribute("type") === TMX_TRUSTED_PROP && (p.textContent ?? "").trim() === "yes");

  const variants: { lang: string; locale: string; content: NodeJSON[] }[] = [];
  for (const tuv of children(tu, "tuv")) {
    const lang = (tuv.getAttributeNS(XML_NAMESPACE, "lang") ?? tuv.getAttribute("lang") ?? "").trim();
    if (!lang) {
      report("missing-language");
      continue;
    }
    const locale = file.allowedLocales.find((allowed) => allowed.toLowerCase() === lang.toLowerCase());
    if (!locale) report("unknown-locale", { locale: lang, allowed: file.allowedLocales.join(", ") });
    const [seg] = children(tuv, "seg");
    const langReport: Report = (code, params = {}) => report(code, { ...params, locale: lang });
    const decoding = problems.length;
    const content = seg ? decodeSeg(seg, langReport) : [];
    // A segment whose only code was refused is not also reported empty: one cause, one problem.
    if (problems.length === decoding && !hasContent(content)) langReport("empty-segment");
    variants.push({ lang, locale: locale ?? lang, content });
  }
  if (!srclang) return [];
  const isSource = (v: { lang: string }) => v.lang.toLowerCase() === srclang.toLowerCase();
  const sources = variants.filter(isSource);
  const targets = variants.filter((v) => !isSource(v));
  if (sources.length === 0) report("missing-source", { locale: srclang });
  if (sources.length > 1) report("duplicate-source", { locale: srclang });
  if (sources.length === 1 && targets.length === 0) report("missing-target", { locale: srclang });
  if (problems.length > before || !createdAt) return [];
  const [source] = sources;
  return targets.map((target) => ({
    sourceLocale: source.locale,
    targetLocale: target.locale,
    sourceText: plainText(source.content),
    targetText: plainText(target.content),
    // Each entry its own copy: callers may change one without changing its siblings.
    sourceContent: structuredClone(source.content),
    targetContent: structuredClone(target.content),
    trusted,
    createdAt: new Date(createdAt.getTime()),
  }));
}

/** `file`: the XML text, or the uploaded bytes (UTF-8, or UTF-16 with a byte order mark). */
export function importTmx(file: string | Uint8Array, options: { allowedLocales: readonly string[] }): TmxImportResult {
  const bytes = typeof file === "string" ? Buffer.byteLength(file, "utf8") : file.byteLength;
  if (bytes > MAX_TMX_BYTES) return failed([tmxProblem("too-large", { bytes, limit: MAX_TMX_BYTES })]);
  const xml = typeof file === "string" ? file : decodeXmlBytes(file);
  if (xml === null) return failed([tmxProblem("malformed-xml", { detail: "encoding" })]);
  if (!checkXmlShape(xml, TMX_SHAPE_LIMITS).ok) return failed([tmxProblem("too-complex", { ...TMX_SHAPE_LIMITS })]);
  const parsed = parseXml(xml);
  if (!parsed.ok) return failed([parsed.reason === "doctype" ? tmxProblem("doctype") : tmxProblem("malformed-xml", { detail: parsed.detail })]);
  const root = parsed.document.documentElement;
  if (root.localName !== "tmx") return failed([tmxProblem("not-tmx", { root: root.localName })]);
  const version = (root.getAttribute("version") ?? "").trim();
  // Other versions differ in inline codes and language attributes: reading them as 1.4 would be a guess.
  if (version !== "1.4" && version !== "1.4b") return failed([tmxProblem("wrong-version", { found: version })]);

  const problems: TmxProblem[] = [];
  const [header] = children(root, "header");
  const [body] = children(root, "body");
  if (!header) problems.push(tmxProblem("missing-header"));
  if (!body) problems.push(tmxProblem("missing-body"));
  const headerDateValue = header?.getAttribute("creationdate") ?? null;
  const headerDate = headerDateValue === null ? new Date(0) : parseTmxDate(headerDateValue);
  if (!headerDate) problems.push(tmxProblem("invalid-date", { value: headerDateValue ?? "" }));
  const headerSrclang = header?.getAttribute("srclang") ?? "";
  const context: FileContext = {
    allowedLocales: options.allowedLocales,
    headerSrclang: headerSrclang && headerSrclang !== TMX_ALL_LANGUAGES ? headerSrclang : null,
    headerDate: headerDate ?? new Date(0),
  };
  const entries = (body ? children(body, "tu") : []).flatMap((tu, index) => {
    const tuid = tu.getAttribute("tuid");
    return readTu(tu, { tu: index + 1, ...(tuid !== null ? { tuid } : {}) }, context, problems);
  });
  return problems.length ? failed(problems) : { ok: true, entries };
}
