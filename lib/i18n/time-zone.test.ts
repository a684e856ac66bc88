import { describe, expect, it } from "vitest";
import { dateFormat, isTimeZone } from "./time-zone";

describe("the reader's time zone", () => {
  it("accepts IANA zone names and refuses anything else", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("America/Los_Angeles")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("<script>")).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });

  it("formats a moment in that zone", () => {
    const moment = new Date("2026-12-06T23:30:00Z");
    expect(dateFormat("en", "UTC").format(moment)).toBe("Dec 6, 2026, 11:30 PM");
    // Half past midnight in Berlin: already the next day.
    expect(dateFormat("de", "Europe/Berlin").format(moment)).toBe("07.12.2026, 00:30");
    expect(dateFormat("en", "Europe/Berlin", "day").format(moment)).toBe("Dec 7, 2026");
  });
});
