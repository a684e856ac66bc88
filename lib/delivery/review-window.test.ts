import { describe, expect, it } from "vitest";
import { checkReviewWindow, parseDeliveredAt, REVIEW_WINDOW_DAYS } from "./review-window";

const NOW = new Date("2025-03-20T12:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe("checkReviewWindow", () => {
  it("accepts 5 to 30 days after delivery, both ends included", () => {
    expect(REVIEW_WINDOW_DAYS).toEqual({ min: 5, max: 30 });
    for (const days of [5, 5.01, 17, 29.99, 30]) expect(checkReviewWindow(daysBefore(days), NOW).ok, String(days)).toBe(true);
  });

  it("refuses earlier, later, future and missing delivery dates with the reason", () => {
    expect(checkReviewWindow(daysBefore(4.99), NOW)).toEqual({ ok: false, reason: "too_early", daysSinceDelivery: 4.9 });
    expect(checkReviewWindow(daysBefore(30.01), NOW)).toMatchObject({ ok: false, reason: "too_late" });
    expect(checkReviewWindow(daysBefore(-2), NOW)).toMatchObject({ ok: false, reason: "too_early" });
    expect(checkReviewWindow(undefined, NOW)).toEqual({ ok: false, reason: "missing_delivery_date" });
  });

  it("reads a date-only value as midnight UTC and keeps a date-time's offset", () => {
    expect(parseDeliveredAt("2025-03-15").toISOString()).toBe("2025-03-15T00:00:00.000Z");
    expect(parseDeliveredAt("2025-03-15T01:00:00+02:00").toISOString()).toBe("2025-03-14T23:00:00.000Z");
    expect(checkReviewWindow("2025-03-15", NOW)).toMatchObject({ ok: true, daysSinceDelivery: 5.5 });
    expect(checkReviewWindow("2025-03-16", NOW)).toMatchObject({ ok: false, reason: "too_early" });
  });
});
