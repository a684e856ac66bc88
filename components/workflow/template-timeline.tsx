import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { formatTimeRange } from "@/lib/audit/format-range";
import type { TemplateTimelineEntry } from "@/server/templates/load-template-page";
import { dateFormat } from "@/lib/i18n/time-zone";

type TimelineEvent = Extract<TemplateTimelineEntry, { kind: "event" }>["event"];

/** The template's own slice of the audit log, oldest first; a person's run of saves is one line. */
export function TemplateTimeline({ entries, lng, timeZone }: { entries: TemplateTimelineEntry[]; lng: UiLanguage; timeZone?: string }) {
  const t = tFor(lng, "common");
  const tw = tFor(lng, "workflow");
  const time = dateFormat(lng, timeZone);
  // A group says its times in its text ("12 edits, 10:02–10:19"); its line starts with the day.
  const day = dateFormat(lng, timeZone, "day");
  const where = (e: TimelineEvent) =>
    `${typeof e.data.version === "number" ? ` (v${e.data.version})` : ""}${typeof e.data.locale === "string" ? ` · ${e.data.locale}` : ""}`;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-2 text-base font-semibold">{tw("timeline.title")}</h2>
      <ol className="grid gap-1 text-sm" data-testid="timeline">
        {entries.map((entry) => {
          const first = entry.kind === "group" ? entry.events[0] : entry.event;
          const what =
            entry.kind === "group"
              ? t("audit.editsGroup", { count: entry.events.length, range: formatTimeRange(entry.from, entry.to, lng, timeZone) })
              : t(`audit.actions.${first.action}`, { defaultValue: first.action });
          return (
            <li key={entry.kind === "group" ? entry.id : entry.event.id} data-kind={entry.kind}>
              <time dateTime={first.createdAt.toISOString()} className="text-muted-foreground">{(entry.kind === "group" ? day : time).format(first.createdAt)}</time>{" "}
              <span className="font-medium">{first.actorName ?? t("audit.system")}</span>: {what}
              {where(first)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
