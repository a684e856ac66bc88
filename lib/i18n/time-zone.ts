/**
 * The reader's time zone, which the browser knows and the server does not: the browser keeps it in
 * a cookie (components/shell/time-zone-cookie.tsx) and the server formats every date and time with
 * it. Until the first page has set it, times are in UTC, and say so through the formatter.
 */
export const TIME_ZONE_COOKIE = "permitted_tz";
export const DEFAULT_TIME_ZONE = "UTC";

/** An IANA zone name Intl accepts ("Europe/Berlin"); anything else (a forged cookie) is refused. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type DateStyle = "dateTime" | "dateTimeSeconds" | "day";

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  dateTimeSeconds: { dateStyle: "medium", timeStyle: "medium" },
  day: { dateStyle: "medium" },
};

/** How the studio shows a moment, in the reader's language and time zone. */
export function dateFormat(lng: string, timeZone: string | undefined, style: DateStyle = "dateTime"): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lng, { ...STYLES[style], timeZone });
}
