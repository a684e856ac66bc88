import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadTranslationQueue } from "@/server/templates/load-translation-queue";
import { tFor } from "@/lib/i18n/server";
import { localeLabel } from "@/lib/locales/catalogue";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { StatusBadge } from "@/components/templates/status-badge";
import { Table, TableHead, TableColumn, TableRow, TableCell } from "@/components/ui/table";
import { TmxPanel } from "@/components/translation-memory/tmx-panel";

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
        <Table caption={t("translate.queueTitle")}>
          <TableHead>
            <TableColumn>{t("translate.template")}</TableColumn>
            <TableColumn>{t("translate.language")}</TableColumn>
            <TableColumn>{t("translate.status")}</TableColumn>
            <TableColumn><span className="sr-only">{t("translate.open")}</span></TableColumn>
          </TableHead>
          <tbody>
            {queue.map((item) => (
              <TableRow key={item.variantId} data-testid={`task-${item.templateKey}-${item.locale}`}>
                <TableCell>
                  {item.templateName} <span className="font-mono text-xs text-muted-foreground">{item.templateKey}</span>
                </TableCell>
                <TableCell>{localeLabel(item.locale, lng)}</TableCell>
                <TableCell><StatusBadge status={item.shownStatus.status} label={t(item.shownStatus.labelKey)} /></TableCell>
                <TableCell>
                  <Link className="font-medium text-primary underline" href={`/translations/${item.variantId}`} aria-label={t("translate.openLabel", { name: item.templateName, language: localeLabel(item.locale, lng) })}>
                    {t("translate.open")}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </tbody>
        </Table>
      )}
      <div className="mt-8 border-t border-border pt-6">
        <TmxPanel canImport={false} />
      </div>
    </>
  );
}
