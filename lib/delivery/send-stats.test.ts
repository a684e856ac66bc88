import { describe, expect, it } from "vitest";
import { dailySeries, totals } from "./send-stats";

describe("send statistics", () => {
  it("gives every day of the period, empty days too, split by outcome", () => {
    const series = dailySeries(
      [
        { day: "2026-12-05", outcome: "blocked", count: 2 },
        { day: "2026-12-05", outcome: null, count: 3 },
        { day: "2026-12-07", outcome: "delivered", count: 1 },
        { day: "2026-11-01", outcome: "delivered", count: 9 },
      ],
      new Date("2026-12-07T23:30:00Z"),
      3,
    );
    expect(series.map((d) => [d.day, d.total])).toEqual([["2026-12-05", 5], ["2026-12-06", 0], ["2026-12-07", 1]]);
    expect(series[0].counts).toMatchObject({ blocked: 2, none: 3, delivered: 0 });
  });

  it("totals by outcome, unknown outcomes counted as none reported", () => {
    expect(totals([{ outcome: "restricted", count: 2 }, { outcome: null, count: 1 }, { outcome: "odd", count: 4 }])).toMatchObject({ restricted: 2, none: 5, all: 7 });
  });
});
