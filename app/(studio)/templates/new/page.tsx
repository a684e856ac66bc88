import type { Metadata } from "next";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";
import { PageHeader } from "@/components/page-header";
import { NewTemplateForm } from "@/components/templates/new-template-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: tFor(await getUiLanguage(), "templates")("create.title") };
}

export default async function NewTemplatePage() {
  await pageContext("templates.create");
  const t = tFor(await getUiLanguage(), "templates");
  return (
    <>
      <PageHeader title={t("create.title")} description={t("create.description")} />
      <NewTemplateForm />
    </>
  );
}
