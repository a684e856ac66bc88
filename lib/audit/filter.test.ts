import { describe, expect, it } from "vitest";
import { auditFilterSchema, auditQuery, toCsv } from "./filter";

describe("audit filters and CSV", () => {
  it("ignores malformed filters instead of failing", () => {
    expect(auditFilterSchema.parse({ action: "drop table", actorId: "x", from: "yesterday" })).toEqual({});
  });
  it("includes the whole 'to' day", () => {
    expect(auditQuery({ from: "2026-01-02", to: "2026-01-02" }).to?.toISOString()).toBe("2026-01-02T23:59:59.999Z");
  });
  it("takes the days in the reader's time zone, daylight-saving changes included", () => {
    // Berlin in winter is UTC+1: 2 January begins at 23:00 UTC the day before.
    const winter = auditQuery({ from: "2026-01-02", to: "2026-01-02" }, "Europe/Berlin");
    expect(winter.from?.toISOString()).toBe("2026-01-01T23:00:00.000Z");
    expect(winter.to?.toISOString()).toBe("2026-01-02T22:59:59.999Z");
    // 29 March 2026: clocks go from +1 to +2 at 02:00; the day still begins at local midnight (+1).
    const change = auditQuery({ from: "2026-03-29", to: "2026-03-29" }, "Europe/Berlin");
    expect(change.from?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(change.to?.toISOString()).toBe("2026-03-29T21:59:59.999Z");
    // West of UTC, and a half-hour zone.
    expect(auditQuery({ from: "2026-07-04" }, "America/New_York").from?.toISOString()).toBe("2026-07-04T04:00:00.000Z");
    expect(auditQuery({ from: "2026-07-04" }, "Asia/Kolkata").from?.toISOString()).toBe("2026-07-03T18:30:00.000Z");
  });
  it("quotes every cell and neutralises spreadsheet formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", '=HYPERLINK("evil")'], [{ n: 1 }, null]])).toBe('"a","b"\r\n"x,y","\'=HYPERLINK(""evil"")"\r\n"{""n"":1}",""\r\n');
  });
  it("leaves a spreadsheet that splits on ';' or tabs no formula either", () => {
    const csv = toCsv(["comment"], [["fine;=cmd|' /C calc'!A0"], ["\t=1+1"], ["+1"], ["-2"], ["@SUM(A1)"], ["\uFF1D1+1"]]);
    const cells = csv.trim().split("\r\n").slice(1);
    // Each line is one quoted field, whatever the delimiter a reader splits on, and no field's text
    // starts a formula.
    for (const cell of cells) {
      expect(cell).toMatch(/^"(?:[^"]|"")*"$/);
      expect(cell.slice(1)).not.toMatch(/^[=+\-@\t\uFF1D]/);
    }
    expect(cells.slice(1)).toEqual([`"'\t=1+1"`, `"'+1"`, `"'-2"`, `"'@SUM(A1)"`, `"'\uFF1D1+1"`]);
  });
});
