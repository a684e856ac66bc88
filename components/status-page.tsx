import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

/** The 403 and 404 pages: a title, what happened, and the way back (common:<section>.title/body/home). */
export async function StatusPage({ section }: { section: "forbidden" | "notFound" }) {
  const t = tFor(await getUiLanguage(), "common");
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-3 px-6 py-16">
      <h1 className="text-2xl font-semibold">{t(`${section}.title`)}</h1>
      <p className="text-muted-foreground">{t(`${section}.body`)}</p>
      <Link href="/" className="font-medium text-primary underline">
        {t(`${section}.home`)}
      </Link>
    </main>
  );
}
