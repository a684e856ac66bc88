import "server-only";
import { listAuditEvents } from "@/db/queries/audit";
import { listMembers } from "@/db/queries/memberships";
import { auditQuery, type AuditFilterInput } from "@/lib/audit/filter";
import { groupTimeline } from "@/lib/audit/group";
import type { GuardContext } from "../guard";
import { pageContext } from "../page";
import { getTimeZone } from "../time-zone";

/**
 * The audit page: the newest 500 events matching the filter, a person's consecutive saves of one
 * text grouped into one entry (presentation only: the export below keeps one row per event), and
 * the members to filter by.
 */
export async function loadAuditPage(filter: AuditFilterInput) {
  const ctx = await pageContext("audit.read");
  const [events, members] = await Promise.all([
    listAuditEvents(ctx.db, ctx.organisation.id, { ...auditQuery(filter, await getTimeZone()), limit: 500 }),
    listMembers(ctx.db, ctx.organisation.id),
  ]);
  return { organisationName: ctx.organisation.name, entries: groupTimeline(events), members };
}

/** The CSV export: every matching event up to 10,000, oldest first. */
export async function auditEventsForExport(ctx: GuardContext, filter: AuditFilterInput) {
  return listAuditEvents(ctx.db, ctx.organisation.id, { ...auditQuery(filter, await getTimeZone()), order: "asc", limit: 10_000 });
}
