import { describe, expect, it } from "vitest";
import { uiLanguageFromAcceptLanguage } from "./accept-language";

describe("the UI language a browser asks for", () => {
  it("takes the first UI language of the header, ignoring regions", () => {
    expect(uiLanguageFromAcceptLanguage("ja-JP,ja;q=0.9,en;q=0.8")).toBe("ja");
    expect(uiLanguageFromAcceptLanguage("pt-BR,fr-CA;q=0.7")).toBe("fr");
    expect(uiLanguageFromAcceptLanguage("ES")).toBe("es");
  });
  it("follows the weights, not the order, and skips refused languages", () => {
    expect(uiLanguageFromAcceptLanguage("de;q=0.2, it;q=0.9")).toBe("it");
    expect(uiLanguageFromAcceptLanguage("fr;q=0, en;q=0.1")).toBe("en");
  });
  it("is null when nothing matches or the header is missing or odd", () => {
    expect(uiLanguageFromAcceptLanguage("pt-BR,nl")).toBeNull();
    expect(uiLanguageFromAcceptLanguage(null)).toBeNull();
    expect(uiLanguageFromAcceptLanguage("*;q=abc,,;")).toBeNull();
    expect(uiLanguageFromAcceptLanguage(`${"x-".repeat(1000)},de`)).toBeNull();
  });
});
