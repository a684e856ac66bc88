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

/** Day bounds in UTC: "to" includes the whole day. */
export function auditQuery(input: AuditFilterInput) {
  return {
    action: input.action,
    actorId: input.actorId,
    subjectId: input.templateId,
    from: input.from ? new Date(`${input.from}T00:00:00.000Z`) : undefined,
    to: input.to ? new Date(`${input.to}T23:59:59.999Z`) : undefined,
  };
}

/**
 * One cell, always quoted: a spreadsheet that splits on ";" (or tabs) instead of "," must not find a
 * cell boundary inside the text either. A cell starting with = + - @, a tab or a carriage return
 * would be a formula there: a leading apostrophe keeps it text (OWASP's CSV-injection advice).
 */
function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  const safe = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
