import { describe, expect, it } from "vitest";
import type { DocJSON, NodeJSON } from "@/lib/editor/extensions";
import { prng, randomDoc } from "@/lib/editor/testing/random-doc";
import { canonicalJson, variantContentHash, versionContentHash, type VariantContent } from "./content-hash";

/** The same JSON with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((key) => [key, reverseKeys((value as Record<string, unknown>)[key])]),
    ) as T;
  }
  return value;
}

/** Every string leaf of a JSON value with its path, so each can be changed in turn. */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

function withLeaf<T>(value: T, path: (string | number)[], change: (s: string) => string): T {
  const copy = structuredClone(value);
  let target = copy as unknown as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  target[last] = change(target[last] as string);
  return copy;
}

const doc: DocJSON = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Your delivery" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Order " },
        { type: "placeholder", attrs: { name: "order_id" } },
        { type: "text", text: " ships soon.", marks: [{ type: "bold" }] },
      ],
    },
  ],
};

const variants: VariantContent[] = [
  { locale: "en-US", subject: "About your order {{order_id}}", doc },
  { locale: "de-DE", subject: "Zu Ihrer Bestellung", doc: randomDoc(prng(7)) },
  { locale: "fr-FR", subject: "Votre commande", doc: randomDoc(prng(8)) },
];

describe("canonicalJson", () => {
  it("sorts keys by code unit, drops undefined members, keeps array order", () => {
    expect(canonicalJson({ b: 1, a: [2, 1], c: undefined, B: "x", é: null })).toBe('{"B":"x","a":[2,1],"b":1,"é":null}');
  });

  it("refuses what JSON cannot represent exactly", () => {
    for (const bad of [NaN, Infinity, new Date(0), new Map(), () => 1, [undefined], 1n]) {
      expect(() => canonicalJson(bad), String(bad)).toThrow(TypeError);
    }
  });
});

describe("variantContentHash", () => {
  it("is a hex SHA-256 that does not depend on key order", () => {
    const hash = variantContentHash("Subject", doc);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(variantContentHash("Subject", reverseKeys(doc))).toBe(hash);
    for (let seed = 1; seed <= 50; seed++) {
      const random = randomDoc(prng(seed));
      expect(variantContentHash("S", reverseKeys(random))).toBe(variantContentHash("S", random));
    }
  });

  it("changes when any character of any string in the document or subject changes", () => {
    const hash = variantContentHash("Subject", doc);
    const leaves = stringLeaves(doc);
    expect(leaves.length).toBeGreaterThan(5);
    for (const path of leaves) {
      const original = (path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc) as string).length;
      for (let i = 0; i < original; i++) {
        const changed = withLeaf(doc, path, (s) => s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ 1) + s.slice(i + 1));
        expect(variantContentHash("Subject", changed), `${path.join(".")}[${i}]`).not.toBe(hash);
      }
    }
    for (let i = 0; i < "Subject".length; i++) {
      const subject = "Subject".slice(0, i) + String.fromCharCode("Subject".charCodeAt(i) ^ 1) + "Subject".slice(i + 1);
      expect(variantContentHash(subject, doc)).not.toBe(hash);
    }
  });

  it("changes with structure: a heading level, a mark, block order, a trailing space, another Unicode form", () => {
    const hash = variantContentHash("Subject", doc);
    const [heading, paragraph] = doc.content as [NodeJSON, NodeJSON];
    const variantsOfDoc: DocJSON[] = [
      { ...doc, content: [{ ...heading, attrs: { level: 2 } }, paragraph] },
      { ...doc, content: [heading, { ...paragraph, content: paragraph.content?.map(({ marks: _marks, ...n }) => n) }] },
      { ...doc, content: [paragraph, heading] },
    ];
    for (const other of variantsOfDoc) expect(variantContentHash("Subject", other)).not.toBe(hash);
    expect(variantContentHash("Subject ", doc)).not.toBe(hash);
    expect(variantContentHash("Caf\u00e9", doc)).not.toBe(variantContentHash("Cafe\u0301", doc));
  });
});

describe("versionContentHash", () => {
  const hash = versionContentHash(variants, "2025.1.0");

  it("does not depend on the order of variants or keys", () => {
    expect(versionContentHash([...variants].reverse(), "2025.1.0")).toBe(hash);
    expect(versionContentHash(variants.map(reverseKeys), "2025.1.0")).toBe(hash);
  });

  it("changes with the policy version, a locale, a subject, a document, or a variant more or less", () => {
    expect(versionContentHash(variants, "2025.1.1")).not.toBe(hash);
    expect(versionContentHash([{ ...variants[0], locale: "en-GB" }, ...variants.slice(1)], "2025.1.0")).not.toBe(hash);
    expect(versionContentHash([{ ...variants[0], subject: "About your order" }, ...variants.slice(1)], "2025.1.0")).not.toBe(hash);
    expect(versionContentHash([...variants.slice(0, 2), { ...variants[2], doc: randomDoc(prng(9)) }], "2025.1.0")).not.toBe(hash);
    expect(versionContentHash(variants.slice(0, 2), "2025.1.0")).not.toBe(hash);
    // Swapping the contents of two locales is a change, even though the same texts are present.
    const swapped = [
      { ...variants[0] },
      { ...variants[1], subject: variants[2].subject, doc: variants[2].doc },
      { ...variants[2], subject: variants[1].subject, doc: variants[1].doc },
    ];
    expect(versionContentHash(swapped, "2025.1.0")).not.toBe(hash);
  });

  it("differs from any single variant's hash and refuses two variants of one locale", () => {
    expect(versionContentHash([variants[0]], "2025.1.0")).not.toBe(variantContentHash(variants[0].subject, variants[0].doc));
    expect(() => versionContentHash([variants[0], { ...variants[1], locale: "en-US" }], "2025.1.0")).toThrow(/duplicate locale/);
  });
});
