import { describe, expect, it } from "vitest";
import { TEMPLATE_KEY_PATTERN, keyFromName } from "./key";
import { canEditVariant } from "./access";
import { diffTexts, hasChanges } from "./diff";

describe("template keys", () => {
  it("derives a valid key from any name", () => {
    expect(keyFromName("Delivery appointment (DE)")).toBe("delivery-appointment-de");
    expect(keyFromName("Lieferung für Straße")).toBe("lieferung-fur-strasse");
    for (const name of ["  Hello  World ", "Überprüfung", "--x--", "A".repeat(100)]) {
      expect(keyFromName(name)).toMatch(TEMPLATE_KEY_PATTERN);
    }
  });
});

describe("variant access", () => {
  it("lets translators edit only their own target locales", () => {
    expect(canEditVariant(["translator"], ["de-DE"], { locale: "de-DE", isSource: false })).toBe(true);
    expect(canEditVariant(["translator"], ["de-DE"], { locale: "fr-FR", isSource: false })).toBe(false);
    expect(canEditVariant(["translator"], ["en-US"], { locale: "en-US", isSource: true })).toBe(false);
    expect(canEditVariant(["author"], [], { locale: "fr-FR", isSource: false })).toBe(true);
    expect(canEditVariant(["approver", "admin"], [], { locale: "en-US", isSource: true })).toBe(false);
  });
});

describe("text diff", () => {
  it("marks words added and removed", () => {
    const parts = diffTexts("Your delivery is on Monday.", "Your delivery is on Tuesday.");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["Monday"]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["Tuesday"]);
    expect(hasChanges(diffTexts("same", "same"))).toBe(false);
  });
});
