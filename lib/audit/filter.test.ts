import { describe, expect, it } from "vitest";
import { auditFilterSchema, auditQuery, toCsv } from "./filter";

describe("audit filters and CSV", () => {
  it("ignores malformed filters instead of failing", () => {
    expect(auditFilterSchema.parse({ action: "drop table", actorId: "x", from: "yesterday" })).toEqual({});
  });
  it("includes the whole 'to' day", () => {
    expect(auditQuery({ from: "2026-01-02", to: "2026-01-02" }).to?.toISOString()).toBe("2026-01-02T23:59:59.999Z");
  });
  it("quotes cells and neutralises spreadsheet formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", '=HYPERLINK("evil")'], [{ n: 1 }, null]])).toBe('a,b\r\n"x,y","\'=HYPERLINK(""evil"")"\r\n"{""n"":1}",\r\n');
  });
});
