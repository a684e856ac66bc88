/**
 * Inline content of a unit as XLIFF 2.0 inline markup, and the table of its codes:
 *
 * - a placeholder is `<ph id="ph-order_id" type="ui" subType="xlf:var" disp="{{order_id}}" …/>`;
 *   the id is the placeholder's name (a second occurrence in the same unit: `ph-order_id-2`), so a
 *   code always says which placeholder it is, and `canDelete="no"` asks the tool to keep it;
 * - a line break is `<ph id="br1" type="fmt" subType="xlf:lb"/>`;
 * - bold, italic and links are `<pc>` spans (`xlf:b`, `xlf:i`, `type="link"`), nested in the order
 *   of the document's marks. A link's address is never read back from the file: the import takes it
 *   from the source's code with the same id, so a translation cannot introduce a new address.
 *
 * Ids are allocated by the same rule for any content, so the source and an existing translation
 * encode to matching ids, and the import finds every code again from the source document alone.
 */
import { MARK, NODE, type MarkJSON, type NodeJSON } from "@/lib/editor/extensions";
import { isPlaceholderName, PLACEHOLDER_TOKEN_PATTERN, placeholderToken, type PlaceholderName } from "@/lib/editor/placeholders";
import { attributes, escapeText } from "./xml-write";

export type InlineCode =
  | { kind: "placeholder"; name: PlaceholderName }
  | { kind: "break" }
  | { kind: "mark"; mark: MarkJSON };

export interface EncodedUnit {
  /** Inline XLIFF markup (content of `<source>` or `<target>`). */
  xml: string;
  /** Every code by id. */
  codes: Map<string, InlineCode>;
  /** What the unit says, for comparing sources: text with `{{name}}` tokens, whitespace collapsed. */
  plain: string;
  /** Placeholder names it mentions, as placeholderNames counts them (for parity). */
  placeholders: string[];
}

const COLLAPSIBLE_SPACE = /[ \t\r\n\f]+/g;

export function collapseWhitespace(text: string): string {
  return text.replace(COLLAPSIBLE_SPACE, " ").trim();
}

/** Text with placeholders as `{{name}}` and line breaks as spaces, whitespace collapsed. */
export function plainText(nodes: readonly NodeJSON[]): string {
  return collapseWhitespace(
    nodes
      .map((node) =>
        node.type === NODE.text ? (node.text ?? "") : node.type === NODE.placeholder ? placeholderToken(String(node.attrs?.name)) : " ",
      )
      .join(""),
  );
}

/**
 * Placeholder names a text mentions, as it will count after normalisation: placeholder nodes, plus
 * `{{name}}` written as text (the normaliser turns known names into placeholders and keeps unknown
 * ones as text; both must match the source).
 */
export function placeholderNames(nodes: readonly NodeJSON[]): string[] {
  const names: string[] = [];
  for (const node of nodes) {
    if (node.type === NODE.placeholder) names.push(String(node.attrs?.name));
    if (node.type === NODE.text) for (const match of (node.text ?? "").matchAll(PLACEHOLDER_TOKEN_PATTERN)) names.push(match[1]);
  }
  return names;
}

export function markKey(mark: MarkJSON): string {
  return mark.type === MARK.link ? `link|${String(mark.attrs?.href ?? "")}` : mark.type;
}

const MARK_ID_PREFIX: Record<string, string> = { [MARK.bold]: "bold", [MARK.italic]: "italic", [MARK.link]: "link" };
export const SUBTYPE_MARKS: Readonly<Record<string, string>> = { "xlf:b": MARK.bold, "xlf:i": MARK.italic };

class IdAllocator {
  private readonly counts = new Map<string, number>();
  next(prefix: string, firstWithoutNumber = false): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    if (firstWithoutNumber) return n === 1 ? prefix : `${prefix}-${n}`;
    return `${prefix}${n}`;
  }
}

function openPc(id: string, mark: MarkJSON): string {
  if (mark.type === MARK.link) {
    const href = String(mark.attrs?.href ?? "");
    return `<pc${attributes({ id, type: "link", dispStart: `<a href="${href}">`, dispEnd: "</a>" })}>`;
  }
  const subType = mark.type === MARK.bold ? "xlf:b" : "xlf:i";
  const tag = mark.type === MARK.bold ? "b" : "i";
  return `<pc${attributes({ id, type: "fmt", subType, dispStart: `<${tag}>`, dispEnd: `</${tag}>` })}>`;
}

function placeholderPh(id: string, name: string): string {
  const token = placeholderToken(name);
  return `<ph${attributes({ id, type: "ui", subType: "xlf:var", disp: token, equiv: token, canCopy: "no", canDelete: "no" })}/>`;
}

/** Encodes the inline content of a paragraph or heading. */
export function encodeInline(nodes: readonly NodeJSON[]): EncodedUnit {
  const ids = new IdAllocator();
  const codes = new Map<string, InlineCode>();
  const open: { key: string }[] = [];
  let xml = "";
  for (const node of nodes) {
    const marks = (node.type === NODE.hardBreak ? [] : (node.marks ?? [])).filter((m) => m.type in MARK_ID_PREFIX);
    let common = 0;
    while (common < open.length && common < marks.length && open[common].key === markKey(marks[common])) common++;
    while (open.length > common) {
      open.pop();
      xml += "</pc>";
    }
    for (const mark of marks.slice(common)) {
      const id = ids.next(MARK_ID_PREFIX[mark.type]);
      const kept: MarkJSON = mark.type === MARK.link ? { type: MARK.link, attrs: { href: String(mark.attrs?.href ?? "") } } : { type: mark.type };
      codes.set(id, { kind: "mark", mark: kept });
      open.push({ key: markKey(mark) });
      xml += openPc(id, kept);
    }
    if (node.type === NODE.text) {
      xml += escapeText(node.text ?? "");
    } else if (node.type === NODE.placeholder && isPlaceholderName(node.attrs?.name)) {
      const id = ids.next(`ph-${node.attrs.name}`, true);
      codes.set(id, { kind: "placeholder", name: node.attrs.name });
      xml += placeholderPh(id, node.attrs.name);
    } else if (node.type === NODE.hardBreak) {
      const id = ids.next("br");
      codes.set(id, { kind: "break" });
      xml += `<ph${attributes({ id, type: "fmt", subType: "xlf:lb", disp: "↵", equiv: "\n" })}/>`;
    }
  }
  xml += "</pc>".repeat(open.length);
  return { xml, codes, plain: plainText(nodes), placeholders: placeholderNames(nodes) };
}

/** Subjects are plain strings in which `{{name}}` stands for a placeholder. */
export function subjectNodes(subject: string): NodeJSON[] {
  const nodes: NodeJSON[] = [];
  let last = 0;
  for (const match of subject.matchAll(PLACEHOLDER_TOKEN_PATTERN)) {
    if (!isPlaceholderName(match[1])) continue;
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: NODE.text, text: subject.slice(last, index) });
    nodes.push({ type: NODE.placeholder, attrs: { name: match[1] } });
    last = index + match[0].length;
  }
  if (last < subject.length) nodes.push({ type: NODE.text, text: subject.slice(last) });
  return nodes;
}

/** Plain text (an image's alt text): no codes. */
export function encodePlain(text: string): EncodedUnit {
  const nodes = [{ type: NODE.text, text }];
  return { xml: escapeText(text), codes: new Map(), plain: plainText(nodes), placeholders: placeholderNames(nodes) };
}
