import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadPolicySettingsPage } from "@/server/settings/load-policy-settings-page";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { PolicySettingsForm } from "@/components/settings/policy-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("policySettings.title") };
}

export default async function PolicySettingsPage() {
  const { organisationName, policy } = await loadPolicySettingsPage();
  const t = tFor(await getUiLanguage(), "common");
  return (
    <>
      <PageHeader title={t("policySettings.title")} description={t("policySettings.description", { organisation: organisationName })} />
      <p className="mb-6 text-sm">
        <a className="font-medium text-primary underline" href="/api/settings/permitted-config" download>{t("policySettings.download")}</a>
        {" · "}
        <span className="text-muted-foreground">{t("policySettings.downloadHint")}</span>
      </p>
      <p className="mb-6 text-sm">
        <Link className="font-medium text-primary underline" href="/glossary">{t("policySettings.glossaryMoved")}</Link>
      </p>
      <PolicySettingsForm policy={policy} />
    </>
  );
}
