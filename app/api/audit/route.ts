import { guardedRoute } from "@/server/route";
import { auditEventsForExport } from "@/server/audit/load-audit-events";
import { auditFilterSchema, toCsv } from "@/lib/audit/filter";

export const dynamic = "force-dynamic";

/** CSV export of the audit log with the page's filters, oldest first, for evidence outside the studio. */
export const GET = guardedRoute("audit.read", auditFilterSchema, async (input, ctx) => {
  const events = await auditEventsForExport(ctx, input);
  const csv = toCsv(
    ["time", "actor_email", "actor_name", "action", "subject_type", "subject_id", "data"],
    events.map((e) => [e.createdAt.toISOString(), e.actorEmail, e.actorName, e.action, e.subjectType, e.subjectId, e.data]),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
});
