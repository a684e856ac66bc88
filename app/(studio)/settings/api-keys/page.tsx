import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { listApiKeys } from "@/db/queries/api-keys";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { createApiKeyAction, revokeApiKeyAction } from "@/server/actions/api-keys";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "delivery")("apiKeys.title") };
}

export default async function ApiKeysPage() {
  const ctx = await pageContext("apiKeys.manage");
  const lng = await getUiLanguage();
  const t = tFor(lng, "delivery");
  const keys = await listApiKeys(ctx.db, ctx.organisation.id);
  return (
    <>
      <PageHeader
        title={t("apiKeys.title")}
        description={t("apiKeys.description", { organisation: ctx.organisation.name })}
        actions={
          <Link href="/settings/api" className="text-sm font-medium text-primary underline">
            {t("apiKeys.docsLink")}
          </Link>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="api-keys-heading" className="grid content-start gap-3">
          <h2 id="api-keys-heading" className="text-lg font-semibold">
            {t("apiKeys.list.title")}
          </h2>
          <ApiKeyTable keys={keys} lng={lng} organisation={ctx.organisation.name} revokeAction={revokeApiKeyAction} />
        </section>
        <Card className="content-start">
          <CardHeader>
            <CardTitle>{t("apiKeys.create.title")}</CardTitle>
            <CardDescription>{t("apiKeys.create.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <CreateApiKeyForm action={createApiKeyAction} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
