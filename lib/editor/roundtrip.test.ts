import { describe, expect, it } from "vitest";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { editorSchema, type NodeJSON } from "./extensions";
import { normalizeDocument } from "./normalize";
import { documentToHtml } from "./schema-html";
import { prng, randomDoc } from "./testing/random-doc";

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe("round trip document → HTML → normalise → document", () => {
  it("generated documents are valid, already normalised and cover the whole schema", () => {
    const seen = new Set<string>();
    const visit = (node: NodeJSON) => {
      seen.add(node.type);
      node.marks?.forEach((mark) => seen.add(mark.type));
      node.content?.forEach(visit);
    };
    for (const seed of SEEDS) {
      const doc = randomDoc(prng(seed));
      visit(doc);
      expect(() => ProseMirrorNode.fromJSON(editorSchema, doc).check(), `seed ${seed}`).not.toThrow();
      const { doc: again, changes } = normalizeDocument({ json: doc });
      expect(again, `seed ${seed}`).toEqual(doc);
      expect(changes, `seed ${seed}`).toEqual([]);
    }
    expect([...seen].sort()).toEqual([...Object.keys(editorSchema.nodes), ...Object.keys(editorSchema.marks)].sort());
  });

  it("is stable through the schema's HTML for 300 seeded documents", () => {
    for (const seed of SEEDS) {
      const doc = randomDoc(prng(seed));
      const html = documentToHtml(doc);
      const result = normalizeDocument({ html });
      expect(result.doc, `seed ${seed}: ${html}`).toEqual(doc);
      expect(result.changes, `seed ${seed}`).toEqual([]);
    }
  });
});
