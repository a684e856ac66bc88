import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/editor/normalize-text";
import type { DocJSON } from "@/lib/editor/extensions";
import { alignedSegments, memoryUnits } from "./segments";
import { applyMemoryTarget } from "./apply-match";
import { matchView, placeholderDifference, rankMatches, type StoredMatch } from "./match-view";

const doc = (text: string): DocJSON => normalizeText(text).doc;
const EN = doc("Hello {{buyer_name}},\n\nYour order {{order_id}} arrives on {{delivery_date}}.\n\nKind regards,\n{{seller_name}}");
const DE = doc("Hallo {{buyer_name}},\n\nIhre Bestellung {{order_id}} kommt am {{delivery_date}}.\n\nMit freundlichen Grüßen\n{{seller_name}}");

describe("memory units and aligned segments", () => {
  it("lists the subject and every block with text, placeholders as tokens", () => {
    const units = memoryUnits("Order {{order_id}}", EN);
    expect(units.map((u) => [u.id, u.kind, u.text])).toEqual([
      ["subject", "subject", "Order {{order_id}}"],
      ["b0", "paragraph", "Hello {{buyer_name}},"],
      ["b1", "paragraph", "Your order {{order_id}} arrives on {{delivery_date}}."],
      ["b2", "paragraph", "Kind regards, {{seller_name}}"],
    ]);
  });

  it("pairs block n with block n when both bodies have the same structure", () => {
    const segments = alignedSegments({ locale: "en-US", subject: "Order {{order_id}}", doc: EN }, { locale: "de-DE", subject: "Bestellung {{order_id}}", doc: DE });
    expect(segments.map((s) => [s.sourceText, s.targetText])).toEqual([
      ["Order {{order_id}}", "Bestellung {{order_id}}"],
      ["Hello {{buyer_name}},", "Hallo {{buyer_name}},"],
      ["Your order {{order_id}} arrives on {{delivery_date}}.", "Ihre Bestellung {{order_id}} kommt am {{delivery_date}}."],
      ["Kind regards, {{seller_name}}", "Mit freundlichen Grüßen {{seller_name}}"],
    ]);
    expect(segments[0]).toMatchObject({ sourceLocale: "en-US", targetLocale: "de-DE" });
    // The line break before the signature is kept in the stored content, so "Use" restores it.
    expect(segments[3].targetContent.some((node) => node.type === "hardBreak")).toBe(true);
  });

  it("pairs only the subject when the translation merged blocks (block n would translate something else)", () => {
    const merged = doc("Hallo {{buyer_name}}, Ihre Bestellung {{order_id}} kommt am {{delivery_date}}.\n\nMit freundlichen Grüßen\n{{seller_name}}");
    const segments = alignedSegments({ locale: "en-US", subject: "Order {{order_id}}", doc: EN }, { locale: "de-DE", subject: "Bestellung {{order_id}}", doc: merged });
    expect(segments.map((s) => s.sourceText)).toEqual(["Order {{order_id}}"]);
  });

  it("skips units left as the source says them", () => {
    const copy = doc("Hello {{buyer_name}},\n\nIhre Bestellung {{order_id}} kommt am {{delivery_date}}.\n\nMit freundlichen Grüßen\n{{seller_name}}");
    const segments = alignedSegments({ locale: "en-US", subject: "", doc: EN }, { locale: "de-DE", subject: "", doc: copy });
    expect(segments.map((s) => s.sourceText)).toEqual(["Your order {{order_id}} arrives on {{delivery_date}}.", "Kind regards, {{seller_name}}"]);
  });
});

describe("using a match", () => {
  const content = memoryUnits("", DE)[1].nodes;

  it("replaces the block at the same place in a translation of the same structure", () => {
    const target = doc("Hallo {{buyer_name}},\n\nalt\n\nGrüße\n{{seller_name}}");
    const applied = applyMemoryTarget({ sourceDoc: EN, targetDoc: target, unitId: "b1", content })!;
    expect(applied.placement).toBe("replaced");
    expect(memoryUnits("", applied.doc).map((u) => u.text)).toEqual(["Hallo {{buyer_name}},", "Ihre Bestellung {{order_id}} kommt am {{delivery_date}}.", "Grüße {{seller_name}}"]);
  });

  const deUnits = memoryUnits("", DE);
  const known = new Map(deUnits.map((unit) => [unit.id, [unit.text]]));
  const use = (targetDoc: DocJSON, unitId: string) =>
    applyMemoryTarget({ sourceDoc: EN, targetDoc, unitId, content: deUnits.find((u) => u.id === unitId)!.nodes, known })!;
  const texts = (d: DocJSON) => memoryUnits("", d).map((u) => u.text);

  it("builds an empty translation in the source's order, whatever order the units are used in", () => {
    const empty: DocJSON = { type: "doc", content: [{ type: "paragraph" }] };
    const first = use(empty, "b2");
    expect(first.placement).toBe("filled");
    const second = use(first.doc, "b0");
    expect(second.placement).toBe("inserted");
    const third = use(second.doc, "b1");
    expect(third.placement).toBe("inserted");
    expect(texts(third.doc)).toEqual(deUnits.map((u) => u.text));
    // Complete: the next use replaces by place.
    expect(use(third.doc, "b1").placement).toBe("replaced");
  });

  it("recognises a block already used and replaces it rather than adding it twice", () => {
    const once = use({ type: "doc", content: [] }, "b1");
    const again = use(once.doc, "b1");
    expect(again.placement).toBe("replaced");
    expect(texts(again.doc)).toEqual([deUnits[1].text]);
  });

  it("keeps the translator's own blocks and places a unit next to a recognised neighbour", () => {
    const typed = doc("Hallo {{buyer_name}},\n\nEin eigener Satz.");
    const applied = use(typed, "b2");
    expect(applied.placement).toBe("inserted");
    expect(texts(applied.doc)).toEqual(["Hallo {{buyer_name}},", deUnits[2].text, "Ein eigener Satz."]);
  });

  it("refuses a unit the source does not have", () => {
    expect(applyMemoryTarget({ sourceDoc: EN, targetDoc: EN, unitId: "b9", content })).toBeNull();
  });
});

describe("match views", () => {
  const unit = memoryUnits("", EN)[1];
  const stored = (sourceText: string, similarity: number, trusted = false): StoredMatch => ({
    id: sourceText,
    sourceText,
    targetText: "Ihre Bestellung {{order_id}} kommt am {{delivery_date}}.",
    targetContent: memoryUnits("", DE)[1].nodes,
    trusted,
    similarity,
  });

  it("is 100 only for the same text; a fuzzy match stops at 99 and shows what differs", () => {
    expect(matchView(unit, stored(unit.text, 1))).toMatchObject({ score: 100, exact: true, placeholders: null });
    const fuzzy = matchView(unit, stored("Your order {{order_id}} arrives on {{delivery_date}}!", 1));
    expect(fuzzy).toMatchObject({ score: 99, exact: false });
    expect(fuzzy.sourceDiff.filter((p) => p.kind !== "same").map((p) => p.text).join("|")).toContain("!");
  });

  it("says which placeholders differ between this source and the stored translation", () => {
    const nodes = memoryUnits("", doc("Order {{order_id}} for {{buyer_name}}"))[0].nodes;
    expect(placeholderDifference(nodes, memoryUnits("", DE)[1].nodes)).toEqual({ missing: ["buyer_name"], extra: ["delivery_date"] });
  });

  it("ranks exact before fuzzy, then by score, then published before merely translated", () => {
    const ranked = rankMatches([matchView(unit, stored("a b c", 0.8)), matchView(unit, stored("a b d", 0.8, true)), matchView(unit, stored(unit.text, 1)), matchView(unit, stored("x", 0.9))]);
    expect(ranked.map((m) => m.id)).toEqual([unit.text, "x", "a b d"]);
  });
});
