import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadTranslationQueue } from "@/server/templates/load-translation-queue";
import { tFor } from "@/lib/i18n/server";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { StatusBadge } from "@/components/templates/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.translations") };
}

export default async function TranslationsPage() {
  const queue = await loadTranslationQueue();
  const lng = await getUiLanguage();
  const t = tFor(lng, "templates");
  const tc = tFor(lng, "common");
  return (
    <>
      <PageHeader title={tc("nav.translations")} description={t("translate.queueDescription")} />
      {queue.length === 0 ? (
        <EmptyState title={tc("empty.translations.title")} body={t("translate.empty")} />
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("translate.queueTitle")}</caption>
          <thead className="border-b border-border">
            <tr>
              <th scope="col" className="py-2 pr-4">{t("translate.template")}</th>
              <th scope="col" className="py-2 pr-4">{t("translate.language")}</th>
              <th scope="col" className="py-2 pr-4">{t("translate.status")}</th>
              <th scope="col" className="py-2 pr-4"><span className="sr-only">{t("translate.open")}</span></th>
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => (
              <tr key={item.variantId} className="border-b border-border" data-testid={`task-${item.templateKey}-${item.locale}`}>
                <td className="py-2 pr-4">
                  {item.templateName} <span className="font-mono text-xs text-muted-foreground">{item.templateKey}</span>
                </td>
                <td className="py-2 pr-4">{localeLabel(item.locale, lng)}</td>
                <td className="py-2 pr-4"><StatusBadge status={item.shownStatus.status} label={t(item.shownStatus.labelKey)} /></td>
                <td className="py-2 pr-4">
                  <Link className="font-medium text-primary underline" href={`/translations/${item.variantId}`} aria-label={`${t("translate.open")}: ${item.templateName}, ${localeLabel(item.locale, lng)}`}>
                    {t("translate.open")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
