import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import type { TemplateTimelineEvent } from "@/server/templates/load-template-page";

/** The template's own slice of the audit log, oldest first. */
export function TemplateTimeline({ events, lng }: { events: TemplateTimelineEvent[]; lng: UiLanguage }) {
  const t = tFor(lng, "common");
  const tw = tFor(lng, "workflow");
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
