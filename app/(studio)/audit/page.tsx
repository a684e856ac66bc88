import type { Metadata } from "next";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { listAuditEvents } from "@/db/queries/audit";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("audit.title") };
}

export default async function AuditPage() {
  const ctx = await pageContext("audit.read");
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const events = await listAuditEvents(ctx.db, ctx.organisation.id, { limit: 200 });
  const time = new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description", { organisation: ctx.organisation.name })} />
      {events.length === 0 ? (
        <EmptyState title={t("empty.audit.title")} body={t("empty.audit.body")} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("audit.title")}</caption>
            <thead className="border-b border-border">
              <tr>
                <th scope="col" className="py-2 pr-4">{t("audit.when")}</th>
                <th scope="col" className="py-2 pr-4">{t("audit.actor")}</th>
                <th scope="col" className="py-2 pr-4">{t("audit.action")}</th>
                <th scope="col" className="py-2 pr-4">{t("audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-border align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={e.createdAt.toISOString()}>{time.format(e.createdAt)}</time>
                  </td>
                  <td className="py-2 pr-4">{e.actorEmail ?? t("audit.system")}</td>
                  <td className="py-2 pr-4">{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</td>
                  <td className="py-2 pr-4 font-mono text-xs break-all">{JSON.stringify(e.data)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
