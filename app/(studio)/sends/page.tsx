import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadSendsPage, SENDS_PERIOD_DAYS } from "@/server/sends/load-sends-page";
import { tFor } from "@/lib/i18n/server";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Alert } from "@/components/ui/alert";
import { Table, TableHead, TableColumn, TableRow, TableRowHeader, TableCell } from "@/components/ui/table";
import { SendsChart } from "@/components/sends/sends-chart";
import { getTimeZone } from "@/server/time-zone";
import { dateFormat } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "delivery")("sendsPage.title") };
}

export default async function SendsPage() {
  const view = await loadSendsPage();
  const lng = await getUiLanguage();
  const t = tFor(lng, "delivery");
  const date = dateFormat(lng, await getTimeZone());
  return (
    <>
      <PageHeader title={t("sendsPage.title")} description={t("sendsPage.description", { organisation: view.organisationName, days: SENDS_PERIOD_DAYS })} />
      {view.proactivePaused && (
        <Alert variant="warning" className="mb-6">
          {t("sendsPage.proactivePaused")} <Link href="/settings" className="font-medium underline">{t("sendsPage.toSettings")}</Link>
        </Alert>
      )}
      <section aria-labelledby="paused-heading" className="mb-8 grid gap-3">
        <h2 id="paused-heading" className="text-lg font-semibold">{t("sendsPage.paused.title")}</h2>
        {view.paused.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("sendsPage.paused.none")}</p>
        ) : (
          <ul className="grid gap-2" data-testid="paused-templates">
            {view.paused.map((p) => (
              <li key={p.id} className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                <Link href={`/templates/${p.id}`} className="font-semibold underline">{p.name}</Link>{" "}
                {t("sendsPage.paused.why", { outcome: t(`sendsPage.outcomes.${p.outcome}`), orderId: p.orderId })}{" "}
                <time dateTime={p.pausedAt.toISOString()}>{date.format(p.pausedAt)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.totals.all === 0 ? (
        <EmptyState title={t("sendsPage.empty.title")} body={t("sendsPage.empty.body")} />
      ) : (
        <>
          <section aria-labelledby="per-day-heading" className="mb-8 grid gap-3">
            <h2 id="per-day-heading" className="text-lg font-semibold">{t("sendsPage.perDay", { days: SENDS_PERIOD_DAYS })}</h2>
            <SendsChart days={view.days} t={t} summary={t("sendsPage.chartSummary", { days: SENDS_PERIOD_DAYS, total: view.totals.all, blocked: view.totals.blocked + view.totals.restricted })} />
          </section>
          <section aria-labelledby="counts-heading" className="grid gap-3">
            <h2 id="counts-heading" className="text-lg font-semibold">{t("sendsPage.counts")}</h2>
            <Table caption={t("sendsPage.caption", { days: SENDS_PERIOD_DAYS })}>
              <TableHead>
                <TableColumn>{t("sendsPage.template")}</TableColumn>
                <TableColumn>{t("sendsPage.version")}</TableColumn>
                <TableColumn>{t("sendsPage.language")}</TableColumn>
                <TableColumn>{t("sendsPage.outcome")}</TableColumn>
                <TableColumn>{t("sendsPage.sends")}</TableColumn>
              </TableHead>
              <tbody>
                {view.rows.map((row) => (
                  <TableRow key={`${row.templateId}:${row.version}:${row.locale}:${row.outcome}`}>
                    <TableRowHeader>
                      <Link href={`/templates/${row.templateId}`} className="underline">{row.templateName}</Link>
                    </TableRowHeader>
                    <TableCell>{row.version}</TableCell>
                    <TableCell>{localeLabel(row.locale, lng)}</TableCell>
                    <TableCell>{t(`sendsPage.outcomes.${row.outcome}`)}</TableCell>
                    <TableCell>{row.count}</TableCell>
                  </TableRow>
                ))}
              </tbody>
            </Table>
          </section>
        </>
      )}
    </>
  );
}
