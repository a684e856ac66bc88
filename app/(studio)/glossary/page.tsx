import type { Metadata } from "next";
import { getUiLanguage } from "@/server/ui-language";
import { loadGlossaryPage } from "@/server/settings/load-glossary-page";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { GlossaryEditor } from "@/components/glossary/glossary-editor";
import { GlossaryFilePanel } from "@/components/glossary/glossary-file-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "common")("glossaryPage.title") };
}

export default async function GlossaryPage() {
  const { organisationName, glossary, revision } = await loadGlossaryPage();
  const t = tFor(await getUiLanguage(), "common");
  return (
    <>
      <PageHeader title={t("glossaryPage.title")} description={t("glossaryPage.description", { organisation: organisationName })} />
      <div className="grid gap-10">
        <GlossaryFilePanel />
        <GlossaryEditor key={revision} glossary={glossary} />
      </div>
    </>
  );
}
