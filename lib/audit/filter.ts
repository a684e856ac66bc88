import { z } from "zod";

/** The audit page's and the CSV export's filters: one schema, so both always agree. */
export const auditFilterSchema = z.object({
  action: z.string().regex(/^[a-z_]+\.[a-z_]+$/).optional().catch(undefined),
  actorId: z.uuid().optional().catch(undefined),
  templateId: z.uuid().optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

/** The zone's offset from UTC at a moment, in milliseconds (Berlin in summer: +2 h). */
function offsetAt(moment: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClockAsUtc - Math.floor(moment.getTime() / 1000) * 1000;
}

/** The moment a calendar day (YYYY-MM-DD) begins in a time zone, daylight-saving changes included. */
export function startOfDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00.000Z`);
  const guess = midnightUtc - offsetAt(new Date(midnightUtc), timeZone);
  // The offset at the guess may differ (a change that night): take the one in force then.
  return new Date(midnightUtc - offsetAt(new Date(guess), timeZone));
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Day bounds in the reader's time zone (the zone the page shows times in): "to" includes the whole
 * day. The CSV export passes the same zone, so the page and the file list the same events.
 */
export function auditQuery(input: AuditFilterInput, timeZone = "UTC") {
  return {
    action: input.action,
    actorId: input.actorId,
    subjectId: input.templateId,
    from: input.from ? startOfDay(input.from, timeZone) : undefined,
    to: input.to ? new Date(startOfDay(nextDay(input.to), timeZone).getTime() - 1) : undefined,
  };
}

/** The audit CSV is written like every CSV the studio writes (lib/csv). */
export { toCsv } from "@/lib/csv/csv";
