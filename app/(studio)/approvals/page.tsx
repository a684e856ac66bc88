import type { Metadata } from "next";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("nav.approvals") };
}

export default async function Page() {
  await pageContext("versions.review");
  const t = tFor(await getUiLanguage(), "common");
  return (
    <>
      <PageHeader title={t("nav.approvals")} />
      <EmptyState title={t("empty.approvals.title")} body={t("empty.approvals.body")} />
    </>
  );
}
