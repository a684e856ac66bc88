import { describe, expect, it } from "vitest";
import { editorSchema, type DocJSON, type NodeJSON } from "./extensions";
import { normalizeJsonDocument } from "./normalize-json";
import { positionMap } from "./position-map";
import { prng, randomDoc } from "./testing/random-doc";

const node = (doc: DocJSON) => editorSchema.nodeFromJSON(doc);
const text = (value: string, marks?: NodeJSON["marks"]): NodeJSON => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const paragraph = (...content: NodeJSON[]): NodeJSON => (content.length ? { type: "paragraph", content } : { type: "paragraph" });
const doc = (...content: NodeJSON[]): DocJSON => ({ type: "doc", content });

/** The text between two positions of a document. */
function textAt(d: DocJSON, from: number, to: number): string {
  return node(d).textBetween(from, to, "\n");
}

describe("positions between the stored and the shown document", () => {
  it("maps identical documents to themselves", () => {
    const d = doc(paragraph(text("Use the coupon code")));
    const map = positionMap(node(d), node(d));
    for (let p = 0; p <= 21; p++) expect(map(p)).toBe(p);
  });

  it("keeps a finding on its words when the shown text has an empty paragraph before it", () => {
    const shown = doc(paragraph(text("Hello")), paragraph(), paragraph(text("Use the coupon code now")));
    const stored = normalizeJsonDocument(shown).doc;
    expect(stored.content).toHaveLength(2);
    const from = 7 + "Use the ".length + 1;
    const to = from + "coupon code".length;
    expect(textAt(stored, from, to)).toBe("coupon code");
    const map = positionMap(node(stored), node(shown));
    expect(textAt(shown, map(from, 1), map(to, -1))).toBe("coupon code");
  });

  it("maps across collapsed spaces, trailing breaks and bold text", () => {
    const shown = doc(
      paragraph(text("Use  the "), text("coupon", [{ type: "bold" }]), text(" code"), { type: "hardBreak" }),
      paragraph(text("Thanks  again "), { type: "hardBreak" }, { type: "hardBreak" }),
    );
    const stored = normalizeJsonDocument(shown).doc;
    const storedText = node(stored).textBetween(0, node(stored).content.size, "\n");
    const map = positionMap(node(stored), node(shown));
    for (const word of ["coupon", "code", "Thanks", "again"]) {
      const at = storedText.indexOf(word);
      // Find the word's positions in the stored document by scanning (text offsets are not positions).
      let from = -1;
      node(stored).descendants((n, pos) => {
        if (from < 0 && n.isText && n.text?.includes(word)) from = pos + (n.text?.indexOf(word) ?? 0);
      });
      expect(at, word).toBeGreaterThanOrEqual(0);
      expect(textAt(shown, map(from, 1), map(from + word.length, -1)), word).toBe(word);
    }
  });

  it("maps every position of generated documents into the shown document's range, in order", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const random = prng(seed);
      const stored = randomDoc(random);
      // The shown form: an empty paragraph opened at the end, as after Enter.
      const shown = { ...stored, content: [...stored.content, { type: "paragraph" }] } as DocJSON;
      const map = positionMap(node(stored), node(shown));
      let previous = 0;
      const size = node(stored).content.size;
      for (let p = 0; p <= size; p++) {
        const mapped = map(p);
        expect(mapped, `seed ${seed} position ${p}`).toBeGreaterThanOrEqual(previous);
        previous = mapped;
      }
      // Everything before the appended paragraph is the same, so positions are unchanged; the very
      // end is where the paragraph was inserted: before it or after it, as asked.
      for (let p = 0; p < size; p++) expect(map(p), `seed ${seed}`).toBe(p);
      expect(map(size, -1)).toBe(size);
      expect(map(size, 1)).toBe(size + 2);
    }
  });

  it("stays within the target for unrelated documents", () => {
    const a = doc(paragraph(text("a".repeat(3000))));
    const b = doc(paragraph(text("b".repeat(10))));
    const map = positionMap(node(a), node(b));
    expect(map(2500)).toBeLessThanOrEqual(12);
    expect(map(0)).toBe(0);
  });
});
