/**
 * The span of a group of events in the reader's UI language: times only when both ends fall on the
 * same day ("10:02 – 10:19 AM", "10:02–10:19"), date and time otherwise. Intl collapses what both
 * ends share; the day is compared as the formatter shows it, so both agree on the time zone.
 */
export function formatTimeRange(from: Date, to: Date, locale: string, timeZone?: string): string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone });
  const sameDay = day.format(from) === day.format(to);
  const format = new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: "short", timeZone } : { dateStyle: "medium", timeStyle: "short", timeZone });
  return format.formatRange(from, to);
}
