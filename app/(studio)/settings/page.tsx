import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadSettingsPage } from "@/server/settings/load-settings-page";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { SettingsForm } from "@/components/settings/settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("settings.title") };
}

export default async function SettingsPage() {
  const { organisationName, settings } = await loadSettingsPage();
  const t = tFor(await getUiLanguage(), "common");
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description", { organisation: organisationName })} />
      <SettingsForm name={settings.name} requireTwoApprovals={settings.requireTwoApprovals} requireSecondFactor={settings.requireSecondFactor} allowedWords={settings.allowedWords} />
      <p className="mt-8 text-sm">
        <Link href="/settings/members" className="font-medium text-primary underline">{t("nav.members")}</Link>
        {" · "}
        <Link href="/settings/policy" className="font-medium text-primary underline">{t("policySettings.title")}</Link>
      </p>
    </>
  );
}
