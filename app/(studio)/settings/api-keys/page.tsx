import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadApiKeysPage } from "@/server/settings/load-api-keys-page";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { SigningKeyTable } from "@/components/api-keys/signing-key-table";
import { RotateSigningKeyButton } from "@/components/api-keys/rotate-signing-key-button";
import { createApiKeyAction, revokeApiKeyAction, rotateSigningKeyAction } from "@/server/actions/api-keys";
import { getTimeZone } from "@/server/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "delivery")("apiKeys.title") };
}

export default async function ApiKeysPage() {
  const { organisationName, keys, signingKeys } = await loadApiKeysPage();
  const lng = await getUiLanguage();
  const timeZone = await getTimeZone();
  const t = tFor(lng, "delivery");
  return (
    <>
      <PageHeader
        title={t("apiKeys.title")}
        description={t("apiKeys.description", { organisation: organisationName })}
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
          <ApiKeyTable keys={keys} lng={lng} timeZone={timeZone} organisation={organisationName} revokeAction={revokeApiKeyAction} />
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
      <section aria-labelledby="signing-keys-heading" className="mt-10 grid content-start gap-3 border-t border-border pt-6">
        <h2 id="signing-keys-heading" className="text-lg font-semibold">
          {t("signingKeys.title")}
        </h2>
        <p className="max-w-prose text-sm text-muted-foreground">{t("signingKeys.description")}</p>
        <SigningKeyTable keys={signingKeys} lng={lng} timeZone={timeZone} />
        <RotateSigningKeyButton action={rotateSigningKeyAction} hasKey={signingKeys.some((key) => !key.retiredAt)} />
      </section>
    </>
  );
}
