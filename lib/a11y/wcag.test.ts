import { describe, expect, it } from "vitest";
import { conformanceLevelFromTags, criterionTitleKey, wcagCriteriaFromTags } from "./wcag";

describe("WCAG criteria from axe tags", () => {
  it("reads one- and two-digit criterion numbers and ignores level and other tags", () => {
    expect(wcagCriteriaFromTags(["cat.text-alternatives", "wcag2a", "wcag111", "section508"])).toEqual(["1.1.1"]);
    expect(wcagCriteriaFromTags(["wcag21aa", "wcag1412"])).toEqual(["1.4.12"]);
    expect(wcagCriteriaFromTags(["wcag2a", "wcag244", "wcag412", "wcag2a-obsolete"])).toEqual(["2.4.4", "4.1.2"]);
    expect(wcagCriteriaFromTags(["best-practice"])).toEqual([]);
  });

  it("gives the level axe files the rule under", () => {
    expect(conformanceLevelFromTags(["wcag2a", "wcag111"])).toBe("A");
    expect(conformanceLevelFromTags(["wcag21aa", "wcag1412"])).toBe("AA");
    expect(conformanceLevelFromTags(["wcag2aa", "wcag143"])).toBe("AA");
    expect(conformanceLevelFromTags(["cat.semantics", "best-practice"])).toBe("best-practice");
  });

  it("keys criterion titles by the digits", () => {
    expect(criterionTitleKey("1.4.12")).toBe("criteria.wcag1412");
  });
});
