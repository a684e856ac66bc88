import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getUiLanguage } from "@/server/ui-language";
import { loadStudioShell } from "@/server/shell/load-studio-shell";
import { tFor } from "@/lib/i18n/server";
import { navigationFor } from "@/lib/auth/navigation";
import { NavLinks } from "@/components/shell/nav-links";
import { OrganisationSwitcher } from "@/components/shell/organisation-switcher";
import { AccountMenu } from "@/components/shell/account-menu";
import { LanguageSwitcher } from "@/components/shell/language-switcher";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const { viewer, organisations } = await loadStudioShell();
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const path = (await headers()).get("x-permitted-path") ?? "/templates";
  const nav = navigationFor(viewer.permissions).map((item) => ({ href: item.href, label: t(item.labelKey) }));
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:p-2">
        {t("shell.skipToContent")}
      </a>
      <header className="flex items-center justify-between gap-4 border-b border-border px-4 py-2">
        <span className="text-lg font-semibold">{t("app.name")}</span>
        <div className="flex items-center gap-3">
          <LanguageSwitcher current={lng} returnTo={path} />
          <AccountMenu name={viewer.user.name} email={viewer.user.email} roles={viewer.roles} />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="w-60 shrink-0 border-r border-border p-3">
          <div className="mb-4">
            <OrganisationSwitcher
              organisations={organisations}
              currentId={viewer.organisation.id}
            />
          </div>
          <NavLinks items={nav} label={t("nav.label")} />
        </aside>
        <main id="main" className="flex-1 p-6" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
