/**
 * Reads XLIFF 2.0 inline content (of `<source>` or `<target>` elements) back into inline document
 * nodes, using the unit's code table from the source document:
 *
 * - `<ph>` with a placeholder's or a line break's id becomes that node; `copyOf` is followed;
 * - `<pc>`, and `<sc>`/`<ec>` pairs (tools produce them when they split a span across segments),
 *   become marks: the mark of the source code with that id (a link keeps the source's address), or
 *   for a code the source does not have, bold or italic by its `subType`;
 * - `<mrk>` (annotations) keeps its content; `<sm>`/`<em>` markers are ignored; `<cp>` is its character.
 *
 * Anything else is an `invalid-inline` problem rather than being dropped silently.
 */
import { MARK, NODE, type MarkJSON, type NodeJSON } from "@/lib/editor/extensions";
import { XLIFF_NAMESPACE } from "./identity";
import { SUBTYPE_MARKS, type InlineCode } from "./inline-codes";
import { xliffProblem, type XliffProblem } from "./problems";

type Token =
  | { t: "text"; text: string }
  | { t: "node"; node: NodeJSON }
  | { t: "open"; key: string; mark: MarkJSON }
  | { t: "close"; key: string };

export interface DecodeResult {
  nodes: NodeJSON[];
  problems: XliffProblem[];
}

const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;

class Decoder {
  readonly tokens: Token[] = [];
  readonly problems: XliffProblem[] = [];
  private scCount = 0;

  constructor(
    private readonly codes: ReadonlyMap<string, InlineCode>,
    private readonly unitId: string,
  ) {}

  private codeOf(element: Element): InlineCode | undefined {
    const id = element.getAttribute("id") ?? "";
    return this.codes.get(id) ?? this.codes.get(element.getAttribute("copyOf") ?? "");
  }

  private invalid(element: Element): void {
    const id = element.getAttribute("id");
    this.problems.push(
      xliffProblem("invalid-inline", { element: element.localName, id: id ?? "" }, this.unitId, id ? "unknown-code" : undefined),
    );
  }

  private markOf(element: Element): MarkJSON | undefined {
    const code = this.codeOf(element);
    if (code) return code.kind === "mark" ? code.mark : undefined;
    const byType = SUBTYPE_MARKS[element.getAttribute("subType") ?? ""];
    return byType ? { type: byType } : undefined;
  }

  private placeholder(element: Element): void {
    const code = this.codeOf(element);
    if (code?.kind === "placeholder") this.tokens.push({ t: "node", node: { type: NODE.placeholder, attrs: { name: code.name } } });
    else if (code?.kind === "break" || (!code && element.getAttribute("subType") === "xlf:lb")) {
      this.tokens.push({ t: "node", node: { type: NODE.hardBreak } });
    } else if (!code) {
      this.problems.push(xliffProblem("extra-placeholder", { name: element.getAttribute("disp") ?? element.getAttribute("id") ?? "" }, this.unitId));
    } else this.invalid(element);
  }

  private element(element: Element): void {
    if (element.namespaceURI !== XLIFF_NAMESPACE) return this.invalid(element);
    switch (element.localName) {
      case "ph":
        return this.placeholder(element);
      case "pc": {
        const mark = this.markOf(element);
        if (!mark) return this.invalid(element);
        const key = `pc:${element.getAttribute("id") ?? ""}:${this.tokens.length}`;
        this.tokens.push({ t: "open", key, mark });
        this.children(element);
        this.tokens.push({ t: "close", key });
        return;
      }
      case "sc": {
        const mark = this.markOf(element);
        if (!mark) return this.invalid(element);
        this.scCount++;
        this.tokens.push({ t: "open", key: `sc:${element.getAttribute("id") ?? this.scCount}`, mark });
        return;
      }
      case "ec": {
        const ref = element.getAttribute("startRef") ?? element.getAttribute("id");
        if (ref) this.tokens.push({ t: "close", key: `sc:${ref}` });
        return;
      }
      case "mrk":
        return this.children(element);
      case "sm":
      case "em":
        return;
      case "cp": {
        const code = Number.parseInt(element.getAttribute("hex") ?? "", 16);
        if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) this.tokens.push({ t: "text", text: String.fromCodePoint(code) });
        return;
      }
      default:
        return this.invalid(element);
    }
  }

  children(parent: Node): void {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) this.tokens.push({ t: "text", text: child.nodeValue ?? "" });
      else if (child.nodeType === ELEMENT_NODE) this.element(child as Element);
      // Comments and processing instructions carry no content.
    }
  }
}

/** Marks as the schema allows them: one of each type (the innermost wins), in schema order. */
function activeMarks(open: readonly { key: string; mark: MarkJSON }[]): MarkJSON[] | undefined {
  const byType = new Map<string, MarkJSON>();
  for (const { mark } of open) byType.set(mark.type, mark);
  const order = [MARK.link, MARK.bold, MARK.italic] as string[];
  const marks = [...byType.values()].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  return marks.length ? marks : undefined;
}

function withMarks(node: NodeJSON, marks: MarkJSON[] | undefined): NodeJSON {
  return marks && node.type !== NODE.hardBreak ? { ...node, marks } : node;
}

/** Inline nodes for the content of `parents` (in order), and the problems met on the way. */
export function decodeInline(parents: readonly Node[], codes: ReadonlyMap<string, InlineCode>, unitId: string): DecodeResult {
  const decoder = new Decoder(codes, unitId);
  for (const parent of parents) decoder.children(parent);
  const open: { key: string; mark: MarkJSON }[] = [];
  const nodes: NodeJSON[] = [];
  for (const token of decoder.tokens) {
    if (token.t === "open") open.push({ key: token.key, mark: token.mark });
    else if (token.t === "close") {
      const index = open.map((o) => o.key).lastIndexOf(token.key);
      if (index >= 0) open.splice(index, 1);
    } else if (token.t === "text") {
      if (token.text) nodes.push(withMarks({ type: NODE.text, text: token.text }, activeMarks(open)));
    } else nodes.push(withMarks(token.node, activeMarks(open)));
  }
  return { nodes, problems: decoder.problems };
}
