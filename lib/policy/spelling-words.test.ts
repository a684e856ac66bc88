import { describe, expect, it } from "vitest";
import { ONE_WORD, isSpellingRule, sameWordList } from "./spelling-words";

describe("spelling words", () => {
  it("compares allowed-word lists as sets of words, order aside but letter case kept", () => {
    expect(sameWordList(["Zorblat", "Quorvex"], ["Quorvex", "Zorblat"])).toBe(true);
    expect(sameWordList(["Zorblat"], ["Zorblat", "Quorvex"])).toBe(false);
    expect(sameWordList(["Zorblat"], ["zorblat"])).toBe(false);
    expect(sameWordList([], [])).toBe(true);
  });

  it("knows the spelling rules and what one word is", () => {
    expect(isSpellingRule("language.spelling-errors")).toBe(true);
    expect(isSpellingRule("content.marketing")).toBe(false);
    expect(ONE_WORD.test("Wi-Fi")).toBe(true);
    expect(ONE_WORD.test("two words")).toBe(false);
  });
});
