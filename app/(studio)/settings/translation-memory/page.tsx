import type { Metadata } from "next";
import { getUiLanguage } from "@/server/ui-language";
import { loadMemoryPage } from "@/server/translation-memory/load-memory-page";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { TmxPanel } from "@/components/translation-memory/tmx-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "templates")("memory.heading") };
}

export default async function TranslationMemoryPage() {
  const { segments } = await loadMemoryPage();
  const lng = await getUiLanguage();
  const t = tFor(lng, "templates");
  return (
    <>
      <PageHeader title={t("memory.heading")} description={t("memoryFile.count", { count: segments, formatted: new Intl.NumberFormat(lng).format(segments) })} />
      <TmxPanel canImport />
    </>
  );
}
