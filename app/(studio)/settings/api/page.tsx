import type { Metadata } from "next";
import { headers } from "next/headers";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { openApiDocument } from "@/server/api/openapi";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { ApiDocument } from "@/components/api-docs/api-document";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "delivery")("apiDocs.title") };
}

/** Where this installation answers, for the examples: AUTH_URL, else the request's host. */
async function origin(): Promise<string> {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function ApiDocsPage() {
  const ctx = await pageContext("organisation.view");
  const lng = await getUiLanguage();
  const t = tFor(lng, "delivery");
  return (
    <>
      <PageHeader title={t("apiDocs.title")} description={t("apiDocs.description")} />
      <ApiDocument document={openApiDocument(lng)} origin={await origin()} canManageKeys={ctx.permissions.includes("apiKeys.manage")} t={t} />
    </>
  );
}
