import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadAuditPage } from "@/server/audit/load-audit-events";
import { tFor } from "@/lib/i18n/server";
import { resources } from "@/lib/i18n/resources";
import { auditFilterSchema } from "@/lib/audit/filter";
import { formatTimeRange } from "@/lib/audit/format-range";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableHead, TableColumn, TableRow, TableCell } from "@/components/ui/table";
import { getTimeZone } from "@/server/time-zone";
import { dateFormat } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("audit.title") };
}

const KNOWN_ACTIONS = Object.keys(resources.en.common.audit.actions);

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const filter = auditFilterSchema.parse(await searchParams);
  const { organisationName, entries, members } = await loadAuditPage(filter);
  const timeZone = await getTimeZone();
  const time = dateFormat(lng, timeZone, "dateTimeSeconds");
  // A group says its times in its text ("12 edits, 10:02–10:19"); its row starts with the day.
  const day = dateFormat(lng, timeZone, "day");
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  const filtered = query.length > 0;
  return (
    <>
      <PageHeader
        title={t("audit.title")}
        description={t("audit.description", { organisation: organisationName })}
        actions={<a className={buttonVariants({ variant: "outline" })} href={`/api/audit${query ? `?${query}` : ""}`} download>{t("audit.export")}</a>}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("audit.filters")}>
        <div className="grid max-w-full gap-1">
          <Label htmlFor="action">{t("audit.action")}</Label>
          <Select id="action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("audit.any")}</option>
            {KNOWN_ACTIONS.map((a) => <option key={a} value={a}>{t(`audit.actions.${a}`)}</option>)}
          </Select>
        </div>
        <div className="grid max-w-full gap-1">
          <Label htmlFor="actorId">{t("audit.user")}</Label>
          <Select id="actorId" name="actorId" defaultValue={filter.actorId ?? ""}>
            <option value="">{t("audit.any")}</option>
            {members.map((m) => <option key={m.userId} value={m.userId}>{m.name} ({m.email})</option>)}
          </Select>
        </div>
        {filter.templateId && <input type="hidden" name="templateId" value={filter.templateId} />}
        <div className="grid gap-1">
          <Label htmlFor="from">{t("audit.from")}</Label>
          <Input id="from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="to">{t("audit.to")}</Label>
          <Input id="to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <Button type="submit" variant="secondary">{t("audit.apply")}</Button>
        {filtered && <Link className="text-sm text-primary underline" href="/audit">{t("audit.reset")}</Link>}
      </form>
      {entries.length === 0 ? (
        <EmptyState title={t("empty.audit.title")} body={t("empty.audit.body")} />
      ) : (
        <Table caption={t("audit.title")}>
          <TableHead>
            <TableColumn>{t("audit.when")}</TableColumn>
            <TableColumn>{t("audit.actor")}</TableColumn>
            <TableColumn>{t("audit.action")}</TableColumn>
            <TableColumn>{t("audit.subject")}</TableColumn>
            <TableColumn>{t("audit.details")}</TableColumn>
          </TableHead>
          <tbody>
            {entries.map((entry) => {
              const e = entry.kind === "group" ? entry.events[0] : entry.event;
              return (
                <TableRow key={entry.kind === "group" ? entry.id : e.id} data-kind={entry.kind}>
                  <TableCell className="whitespace-nowrap"><time dateTime={e.createdAt.toISOString()}>{(entry.kind === "group" ? day : time).format(e.createdAt)}</time></TableCell>
                  <TableCell>{e.actorEmail ?? t("audit.system")}</TableCell>
                  <TableCell>
                    {entry.kind === "group"
                      ? t("audit.editsGroup", { count: entry.events.length, range: formatTimeRange(entry.from, entry.to, lng, timeZone) })
                      : t(`audit.actions.${e.action}`, { defaultValue: e.action })}
                  </TableCell>
                  <TableCell>
                    {e.subjectType === "template" && e.subjectId ? <Link className="text-primary underline" href={`/templates/${e.subjectId}`}>{e.subjectType}</Link> : e.subjectType}
                  </TableCell>
                  <TableCell className="break-all font-mono text-xs">
                    {entry.kind === "group" ? (
                      <details>
                        <summary className="cursor-pointer font-sans">{t("audit.showEach", { count: entry.events.length })}</summary>
                        <ol className="mt-1 grid gap-1">
                          {entry.events.map((each) => (
                            <li key={each.id}><time dateTime={each.createdAt.toISOString()}>{time.format(each.createdAt)}</time> {JSON.stringify(each.data)}</li>
                          ))}
                        </ol>
                      </details>
                    ) : (
                      JSON.stringify(e.data)
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
