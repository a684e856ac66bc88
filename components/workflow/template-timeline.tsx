import { getDb } from "@/db/client";
import { listAuditEvents } from "@/db/queries/audit";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

/** The template's own slice of the audit log, oldest first. */
export async function TemplateTimeline({ templateId }: { templateId: string }) {
  const ctx = await pageContext("audit.read");
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const tw = tFor(lng, "workflow");
  const events = await listAuditEvents(await getDb(), ctx.organisation.id, { subjectId: templateId, order: "asc", limit: 500 });
  const time = new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-2 text-base font-semibold">{tw("timeline.title")}</h2>
      <ol className="grid gap-1 text-sm">
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.createdAt.toISOString()} className="text-muted-foreground">{time.format(e.createdAt)}</time>{" "}
            <span className="font-medium">{e.actorName ?? t("audit.system")}</span>: {t(`audit.actions.${e.action}`, { defaultValue: e.action })}
            {typeof e.data.version === "number" ? ` (v${e.data.version})` : ""}
            {typeof e.data.locale === "string" ? ` · ${e.data.locale}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
