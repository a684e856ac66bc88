import type { ReactNode } from "react";
import { headers } from "next/headers";
import { pageContext } from "@/server/page";
import { getUiLanguage } from "@/server/ui-language";
import { listMembershipsOfUser } from "@/db/queries/memberships";
import { tFor } from "@/lib/i18n/server";
import { navigationFor } from "@/lib/auth/navigation";
import { NavLinks } from "@/components/shell/nav-links";
import { OrganisationSwitcher } from "@/components/shell/organisation-switcher";
import { AccountMenu } from "@/components/shell/account-menu";
import { LanguageSwitcher } from "@/components/shell/language-switcher";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const ctx = await pageContext("organisation.view");
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const memberships = await listMembershipsOfUser(ctx.db, ctx.user.id);
  const path = (await headers()).get("x-permitted-path") ?? "/templates";
  const nav = navigationFor(ctx.permissions).map((item) => ({ href: item.href, label: t(item.labelKey) }));
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:p-2">
        {t("shell.skipToContent")}
      </a>
      <header className="flex items-center justify-between gap-4 border-b border-border px-4 py-2">
        <span className="text-lg font-semibold">{t("app.name")}</span>
        <div className="flex items-center gap-3">
          <LanguageSwitcher current={lng} returnTo={path} />
          <AccountMenu name={ctx.user.name} email={ctx.user.email} roles={ctx.roles} />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="w-60 shrink-0 border-r border-border p-3">
          <div className="mb-4">
            <OrganisationSwitcher
              organisations={memberships.map((m) => ({ id: m.organisationId, name: m.organisationName }))}
              currentId={ctx.organisation.id}
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
