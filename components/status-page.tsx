import Link from "next/link";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

interface StatusPageProps {
  section: "forbidden" | "notFound";
  /**
   * Inside the studio's layout, which already has the page's one <main id="main">: the page is then
   * a plain block in it. Outside (sign-in, unknown addresses) it is the main landmark itself.
   */
  withinMain?: boolean;
}

/** The 403 and 404 pages: a title, what happened, and the way back (common:<section>.title/body/home). */
export async function StatusPage({ section, withinMain = false }: StatusPageProps) {
  const t = tFor(await getUiLanguage(), "common");
  const Container = withinMain ? "div" : "main";
  return (
    <Container id={withinMain ? undefined : "main"} className="mx-auto flex max-w-lg flex-col gap-3 px-6 py-16">
      <h1 className="text-2xl font-semibold">{t(`${section}.title`)}</h1>
      <p className="text-muted-foreground">{t(`${section}.body`)}</p>
      <Link href="/" className="font-medium text-primary underline">
        {t(`${section}.home`)}
      </Link>
    </Container>
  );
}
