import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { I18nProvider } from "@/components/i18n-provider";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";
import { resourcesFor } from "@/lib/i18n/resources";
import { uiDirection } from "@/lib/i18n/settings";
import { TimeZoneCookie } from "@/components/shell/time-zone-cookie";

export async function generateMetadata(): Promise<Metadata> {
  const t = tFor(await getUiLanguage(), "common");
  // "%s" is Next's slot for the page's own title; "·" only separates two whole strings.
  // eslint-disable-next-line no-restricted-syntax
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lng = await getUiLanguage();
  return (
    <html lang={lng} dir={uiDirection(lng)}>
      <body className="min-h-screen bg-background font-sans antialiased">
        <I18nProvider lng={lng} resources={resourcesFor(lng)}>{children}</I18nProvider>
        <TimeZoneCookie />
      </body>
    </html>
  );
}
