import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("settings.title") };
}

export default async function SettingsPage() {
  const ctx = await pageContext("settings.read");
  const t = tFor(await getUiLanguage(), "common");
  return (
    <>
      <PageHeader title={t("settings.title")} description={`${t("settings.organisation")}: ${ctx.organisation.name}`} />
      <EmptyState title={t("empty.settings.title")} body={t("empty.settings.body")}>
        <Link href="/settings/members" className="text-sm font-medium text-primary underline">
          {t("nav.members")}
        </Link>
      </EmptyState>
    </>
  );
}
