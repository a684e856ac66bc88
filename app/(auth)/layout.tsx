import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-3 sm:px-6">
        <span className="text-lg font-semibold">{t("app.name")}</span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}
