import type { Metadata } from "next";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { openApiDocument } from "@/server/api/openapi";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { ApiDocument } from "@/components/api-docs/api-document";
import { appOrigin } from "@/server/app-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "delivery")("apiDocs.title") };
}


export default async function ApiDocsPage() {
  const ctx = await pageContext("organisation.view");
  const lng = await getUiLanguage();
  const t = tFor(lng, "delivery");
  return (
    <>
      <PageHeader title={t("apiDocs.title")} description={t("apiDocs.description")} />
      <ApiDocument document={openApiDocument(lng)} origin={await appOrigin()} canManageKeys={ctx.permissions.includes("apiKeys.manage")} t={t} />
    </>
  );
}
