/**
 * When a review may be requested: Amazon's Request a Review (and its Solicitations API) accepts one
 * request per order, 5 to 30 days after delivery (Seller Central help, "Request a Review"; Amazon's
 * Communication Guidelines limit proactive messages to 30 days). We hold custom review requests to
 * the same window so that a seller's own message is never sent when Amazon's would be refused.
 */
export const REVIEW_WINDOW_DAYS = { min: 5, max: 30 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ReviewWindowCheck =
  | { ok: true; daysSinceDelivery: number }
  | { ok: false; reason: "missing_delivery_date" | "too_early" | "too_late"; daysSinceDelivery?: number };

/** A date-only value ("2025-03-14") is midnight UTC of that day; a date-time keeps its offset. */
export function parseDeliveredAt(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** Days between delivery and now (fractional), compared with the window inclusively. */
export function checkReviewWindow(deliveredAt: string | undefined, now: Date): ReviewWindowCheck {
  if (deliveredAt === undefined) return { ok: false, reason: "missing_delivery_date" };
  const days = (now.getTime() - parseDeliveredAt(deliveredAt).getTime()) / DAY_MS;
  const rounded = Math.floor(days * 10) / 10;
  if (days < REVIEW_WINDOW_DAYS.min) return { ok: false, reason: "too_early", daysSinceDelivery: rounded };
  if (days > REVIEW_WINDOW_DAYS.max) return { ok: false, reason: "too_late", daysSinceDelivery: rounded };
  return { ok: true, daysSinceDelivery: rounded };
}
