import { describe, expect, it } from "vitest";
import { mentionQueryAt, mentionedMembers, suggestMembers } from "./mentions";

const members = [
  { id: "a", name: "Ann" },
  { id: "b", name: "Ann Smith" },
  { id: "c", name: "Jürgen Übersetzer" },
  { id: "d", name: "李 翻译" },
];

describe("mentionedMembers", () => {
  it("finds names after @, longest first, case-insensitively, in order", () => {
    expect(mentionedMembers("@ann smith please check, cc @Ann", members)).toEqual(["b", "a"]);
    expect(mentionedMembers("@jürgen übersetzer: Zeile 2", members)).toEqual(["c"]);
    expect(mentionedMembers("@李 翻译 看一下", members)).toEqual(["d"]);
  });
  it("needs the whole name and an @ that starts a word", () => {
    expect(mentionedMembers("@Annabel and ann@example.com and Ann", members)).toEqual([]);
    expect(mentionedMembers("@Ann, @Ann.", members)).toEqual(["a"]);
  });
  it("ignores members without a name", () => {
    expect(mentionedMembers("@ hello", [{ id: "x", name: " " }])).toEqual([]);
  });
});

describe("mentionQueryAt", () => {
  it("reports the @word before the caret", () => {
    expect(mentionQueryAt("Hi @An", 6)).toEqual({ start: 3, query: "An" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("Hi @Ann Sm", 10)).toEqual({ start: 3, query: "Ann Sm" });
  });
  it("is null outside a mention", () => {
    expect(mentionQueryAt("mail ann@example", 16)).toBeNull();
    expect(mentionQueryAt("Hi there", 8)).toBeNull();
  });
});

describe("suggestMembers", () => {
  it("matches the start of the name or of a word in it", () => {
    expect(suggestMembers(members, "sm").map((m) => m.id)).toEqual(["b"]);
    expect(suggestMembers(members, "ann").map((m) => m.id)).toEqual(["a", "b"]);
    expect(suggestMembers(members, "").length).toBe(4);
  });
});
