import { describe, expect, it } from "vitest";
import { BANDS, similarityBands, trigramsOf } from "./similarity-bands";

function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((t) => b.has(t)).length;
  return shared / (a.size + b.size - shared);
}
const sharesBand = (a: string, b: string) => {
  const bands = new Set(similarityBands(a));
  return similarityBands(b).some((band) => bands.has(band));
};

describe("similarity bands", () => {
  it("takes trigrams as pg_trgm does: lower-cased words, padded", () => {
    expect([...trigramsOf("Cat, ok!")].sort()).toEqual(["  c", "  o", " ca", " ok", "at ", "cat", "ok "].sort());
    expect(trigramsOf("{{seller_name}}").has("nam")).toBe(true);
    expect(similarityBands("")).toEqual([]);
    expect(similarityBands("Hello {{buyer_name}}")).toHaveLength(BANDS);
  });

  it("gives the same text the same bands and is stable across calls (stored keys stay valid)", () => {
    expect(similarityBands("Your order {{order_id}} arrives on {{delivery_date}}.")).toEqual(similarityBands("Your order {{order_id}} arrives on {{delivery_date}}."));
    expect(similarityBands("abc")).toMatchInlineSnapshot(`
      [
        1221059180,
        -2138453534,
        -118479814,
        486697853,
        -746620001,
        -427790014,
        -2046029936,
        -121391583,
        -2133514079,
        -94769999,
        -1793153758,
        1720811645,
        4119984,
        -683693156,
        -540213225,
        -155328139,
        -641409680,
        172003416,
        -1305217647,
        -741021813,
      ]
    `);
  });

  it("makes nearly every pair at 70 % or more a candidate, and few unrelated pairs", () => {
    const base = "We will deliver the large item by appointment between the two dates you chose, please reply with a day and a time that suits you";
    const words = base.split(" ");
    let near = 0;
    let nearFound = 0;
    for (let i = 0; i < words.length; i++) {
      const edited = [...words.slice(0, i), "changed", ...words.slice(i + 1)].join(" ");
      if (jaccard(trigramsOf(base), trigramsOf(edited)) >= 0.7) {
        near++;
        if (sharesBand(base, edited)) nearFound++;
      }
    }
    expect(near).toBeGreaterThan(20);
    expect(nearFound / near).toBeGreaterThanOrEqual(0.95);
    const unrelated = ["Your invoice is attached to this message", "The warranty card is in the box", "Please confirm the engraving text", "Thank you for your order of the blue lamp"];
    expect(unrelated.filter((text) => sharesBand(base, text))).toEqual([]);
  });
});
