import { describe, expect, it } from "vitest";
import { etagOf, ifNoneMatchMatches } from "./etag";

describe("ETags", () => {
  it("are strong tags that depend only on the body", () => {
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(etagOf("x")).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  });

  it("match If-None-Match lists with weak comparison and *", () => {
    const tag = etagOf("body");
    expect(ifNoneMatchMatches(tag, tag)).toBe(true);
    expect(ifNoneMatchMatches(`"other", W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchMatches("*", tag)).toBe(true);
    expect(ifNoneMatchMatches('"other"', tag)).toBe(false);
    expect(ifNoneMatchMatches(tag.slice(0, -2) + '"', tag)).toBe(false);
    expect(ifNoneMatchMatches(null, tag)).toBe(false);
  });
});
