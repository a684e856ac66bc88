import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export default async function Forbidden() {
  const t = tFor(await getUiLanguage(), "common");
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-3 px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("forbidden.title")}</h1>
      <p className="text-muted-foreground">{t("forbidden.body")}</p>
      <Link href="/" className="font-medium text-primary underline">
        {t("forbidden.home")}
      </Link>
    </main>
  );
}
