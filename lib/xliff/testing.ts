/**
 * Test helpers: a source variant using every kind of unit and code, and a stand-in for a
 * translator's tool that fills `<target>` elements by editing the XML as a DOM (so escaping and
 * namespaces are handled the way a real tool's XML library would).
 */
import { JSDOM } from "jsdom";
import { NODE, type DocJSON, type NodeJSON } from "@/lib/editor/extensions";
import { XLIFF_NAMESPACE } from "./identity";
import type { XliffExportInput } from "./export";
import type { XliffImportExpectation } from "./import";

export const SOURCE_SUBJECT = "Your delivery appointment for order {{order_id}}";

export const SOURCE_DOC: DocJSON = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Your delivery appointment" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Hello " },
        { type: "placeholder", attrs: { name: "buyer_name" } },
        { type: "text", text: ", your order " },
        { type: "placeholder", attrs: { name: "order_id" } },
        { type: "text", text: " will arrive on " },
        { type: "placeholder", attrs: { name: "delivery_date" }, marks: [{ type: "bold" }] },
        { type: "text", text: " between ", marks: [{ type: "bold" }] },
        { type: "text", text: "morning", marks: [{ type: "bold" }, { type: "italic" }] },
        { type: "text", text: " and noon." },
        { type: "hardBreak" },
        { type: "text", text: "Read the " },
        { type: "text", text: "delivery help", marks: [{ type: "link", attrs: { href: "https://www.amazon.com/gp/help/customer/display.html" } }] },
        { type: "text", text: " page & <notes>." },
      ],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "Please be at home" }] },
            {
              type: "orderedList",
              attrs: { start: 1, type: null },
              content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "or ask a neighbour" }] }] }],
            },
          ],
        },
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Order " }, { type: "placeholder", attrs: { name: "order_id" } }] }] },
      ],
    },
    { type: "image", attrs: { src: "https://example.com/truck.png", alt: "A delivery truck", width: 50 } },
    { type: "paragraph", content: [{ type: "text", text: "Thank you, " }, { type: "placeholder", attrs: { name: "seller_name" } }] },
  ],
};

export function expectation(overrides: Partial<XliffImportExpectation> = {}): XliffImportExpectation {
  return {
    templateKey: "delivery-appointment",
    versionNumber: 3,
    sourceLocale: "en-US",
    allowedTargetLocales: ["de-DE"],
    sourceSubject: SOURCE_SUBJECT,
    sourceDoc: SOURCE_DOC,
    ...overrides,
  };
}

const GERMAN: Record<string, string> = {
  Your: "Ihr",
  delivery: "Liefer",
  appointment: "Termin",
  for: "für",
  order: "Bestellung",
  Hello: "Hallo",
  your: "Ihre",
  will: "wird",
  arrive: "ankommen",
  on: "am",
  between: "zwischen",
  morning: "morgens",
  and: "und",
  noon: "mittags",
  Read: "Lesen",
  the: "die",
  help: "Hilfe",
  page: "Seite",
  notes: "Notizen",
  Please: "Bitte",
  be: "seien",
  at: "zu",
  home: "Hause",
  or: "oder",
  ask: "fragen",
  a: "einen",
  neighbour: "Nachbarn",
  Order: "Bestellung",
  Thank: "Danke",
  you: "Ihnen",
  A: "Ein",
  truck: "Lieferwagen",
};

/** Word-for-word "translation"; placeholder tokens are untouched (`order_id` is one word). */
export function toGerman(text: string): string {
  return text.replace(/\b[A-Za-z]+\b/g, (word) => GERMAN[word] ?? word);
}

/** What the translated document must be: the source with every text (and alt text) translated. */
export function translateDoc(node: NodeJSON, translate: (text: string) => string): NodeJSON {
  if (node.type === NODE.text) return { ...node, text: translate(node.text ?? "") };
  const out: NodeJSON = { ...node };
  if (node.type === NODE.image) out.attrs = { ...node.attrs, alt: translate(String(node.attrs?.alt ?? "")) };
  if (node.content) out.content = node.content.map((child) => translateDoc(child, translate));
  return out;
}

function translateTextNodes(node: Node, translate: (text: string) => string): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) child.nodeValue = translate(child.nodeValue ?? "");
    else translateTextNodes(child, translate);
  }
}

export interface ToolOptions {
  /** Changes each unit's target after it was filled (remove a code, empty it, …). */
  edit?: (unitId: string, target: Element, document: Document) => void;
  /** Changes the whole document before it is written back. */
  editDocument?: (document: Document) => void;
}

/** Fills a target for every segment: the source's content, text translated. */
let toolWindow: JSDOM["window"] | undefined;

export function translateFile(xml: string, translate: (text: string) => string, options: ToolOptions = {}): string {
  const window = (toolWindow ??= new JSDOM("").window);
  const document = new window.DOMParser().parseFromString(xml, "application/xml");
  for (const unit of Array.from(document.getElementsByTagNameNS(XLIFF_NAMESPACE, "unit"))) {
    for (const segment of Array.from(unit.getElementsByTagNameNS(XLIFF_NAMESPACE, "segment"))) {
      const source = segment.getElementsByTagNameNS(XLIFF_NAMESPACE, "source")[0];
      segment.getElementsByTagNameNS(XLIFF_NAMESPACE, "target")[0]?.remove();
      const target = document.createElementNS(XLIFF_NAMESPACE, "target");
      for (const child of Array.from(source.childNodes)) target.appendChild(child.cloneNode(true));
      translateTextNodes(target, translate);
      segment.appendChild(target);
      options.edit?.(unit.getAttribute("id") ?? "", target, document);
    }
  }
  options.editDocument?.(document);
  return new window.XMLSerializer().serializeToString(document);
}

/** A well-formed XLIFF whose one target nests `levels` inline codes: about 15 bytes a level. */
export function deeplyNestedXliff(levels: number): string {
  const open = Array.from({ length: levels }, (_, i) => `<pc id="p${i}">`).join("");
  const close = "</pc>".repeat(levels);
  return `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="de-DE"><file id="f" original="t/v1"><unit id="u"><segment><source>x</source><target>${open}x${close}</target></segment></unit></file></xliff>`;
}

/** The export of the test template (source SOURCE_SUBJECT and SOURCE_DOC) for a German translator. */
export function exportInput(overrides: Partial<XliffExportInput> = {}): XliffExportInput {
  return {
    templateKey: "delivery-appointment",
    templateName: "Delivery appointment",
    versionNumber: 3,
    sourceLocale: "en-US",
    source: { subject: SOURCE_SUBJECT, doc: SOURCE_DOC },
    targets: [{ locale: "de-DE", doc: null }],
    ...overrides,
  };
}
