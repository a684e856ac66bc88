import { describe, expect, it } from "vitest";
import { containsEmoji, countEmoji, stripEmoji } from "./emoji";

describe("emoji detection by Unicode property", () => {
  it("counts whole sequences as one emoji", () => {
    expect(stripEmoji("a😀b")).toEqual({ text: "ab", count: 1 });
    expect(countEmoji("👨‍👩‍👧 👍🏽 🇩🇪 1️⃣ ❤️ 🏳️‍🌈")).toBe(6);
    expect(stripEmoji("👨‍👩‍👧 👍🏽 🇩🇪 1️⃣ ❤️ 🏳️‍🌈").text.trim()).toBe("");
  });

  it("treats text-style pictographs as emoji too", () => {
    expect(containsEmoji("☺")).toBe(true);
    expect(containsEmoji("✔")).toBe(true);
  });

  it("keeps ordinary text, symbols and typography", () => {
    for (const text of ["© 2025 Brand® Name™", "✓ checked", "→ next", "★", "日本語のテキスト", "مرحبا", "١٢٣", "50 %", "#1", "*"]) {
      expect(containsEmoji(text), text).toBe(false);
    }
    expect(containsEmoji("©️")).toBe(true);
  });
});
