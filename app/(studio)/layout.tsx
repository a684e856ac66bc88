import type { ReactNode } from "react";
import { getUiLanguage } from "@/server/ui-language";
import { loadStudioShell } from "@/server/shell/load-studio-shell";
import { tFor } from "@/lib/i18n/server";
import { navigationFor } from "@/lib/auth/navigation";
import { NavLinks } from "@/components/shell/nav-links";
import { OrganisationSwitcher } from "@/components/shell/organisation-switcher";
import { AccountMenu } from "@/components/shell/account-menu";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const { viewer, organisations } = await loadStudioShell();
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const nav = navigationFor(viewer.permissions).map((item) => ({ href: item.href, label: t(item.labelKey) }));
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:p-2">
        {t("shell.skipToContent")}
      </a>
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-2">
        <span className="text-lg font-semibold">{t("app.name")}</span>
        <div className="flex items-center gap-3">
          <AccountMenu name={viewer.user.name} email={viewer.user.email} roles={viewer.roles} />
        </div>
      </header>
      {/* Narrow screens (375 px) put the navigation above the page instead of beside it. */}
      <div className="flex flex-1 flex-col md:flex-row">
        <aside className="border-b border-border p-3 md:w-60 md:shrink-0 md:border-b-0 md:border-e">
          <div className="mb-4">
            <OrganisationSwitcher
              organisations={organisations}
              currentId={viewer.organisation.id}
            />
          </div>
          <NavLinks items={nav} label={t("nav.label")} />
        </aside>
        <main id="main" className="min-w-0 flex-1 p-4 md:p-6" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
