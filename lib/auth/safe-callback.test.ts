import { describe, expect, it } from "vitest";
import { HOME_PATH, safeCallback } from "./safe-callback";

describe("safeCallback", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallback("/templates/123?tab=history#v2")).toBe("/templates/123?tab=history#v2");
    expect(safeCallback("/approvals")).toBe("/approvals");
  });

  it.each([
    ["nothing", undefined],
    ["empty", ""],
    ["another site", "https://evil.example/"],
    ["protocol-relative", "//evil.example"],
    ["backslash", "/\\evil.example"],
    ["backslashes", "/\\\\evil.example"],
    ["tab before the second slash", "/\t/evil.example"],
    ["newline before the second slash", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["a space", "/ /evil.example"],
    ["javascript", "javascript:alert(1)"],
    ["relative", "templates"],
  ])("sends %s to the home page", (_, target) => {
    expect(safeCallback(target)).toBe(HOME_PATH);
  });
});
