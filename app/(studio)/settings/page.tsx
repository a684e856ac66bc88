import type { Metadata } from "next";
import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { loadSettingsPage } from "@/server/settings/load-settings-page";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { SettingsForm } from "@/components/settings/settings-form";
import { NoteActionForm } from "@/components/sends/note-action-form";
import { setProactivePauseAction } from "@/server/actions/sends";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("settings.title") };
}

export default async function SettingsPage() {
  const { organisationName, settings } = await loadSettingsPage();
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const tt = tFor(lng, "templates");
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description", { organisation: organisationName })} />
      <SettingsForm name={settings.name} requireTwoApprovals={settings.requireTwoApprovals} requireSecondFactor={settings.requireSecondFactor} threadsBlockSubmission={settings.threadsBlockSubmission} allowedWords={settings.allowedWords} />
      <section aria-labelledby="proactive-pause-heading" className="mt-8 grid gap-3 border-t border-border pt-6">
        <h2 id="proactive-pause-heading" className="text-lg font-semibold">{t("proactivePause.title")}</h2>
        <p className="max-w-prose text-sm text-muted-foreground">{t("proactivePause.description")}</p>
        <p className="text-sm font-medium" data-testid="proactive-pause-state">{t(settings.proactivePausedAt ? "proactivePause.paused" : "proactivePause.running")}</p>
        <NoteActionForm
          action={setProactivePauseAction}
          hidden={{ paused: settings.proactivePausedAt ? "false" : "true" }}
          noteLabel={t("proactivePause.noteLabel")}
          submitLabel={t(settings.proactivePausedAt ? "proactivePause.resume" : "proactivePause.pause")}
        />
      </section>
      <p className="mt-8 text-sm">
        <Link href="/settings/members" className="font-medium text-primary underline">{t("nav.members")}</Link>
        {" · "}
        <Link href="/settings/policy" className="font-medium text-primary underline">{t("policySettings.title")}</Link>
        {" · "}
        <Link href="/settings/translation-memory" className="font-medium text-primary underline">{tt("memoryFile.link")}</Link>
      </p>
    </>
  );
}
