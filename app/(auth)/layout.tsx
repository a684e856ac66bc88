import type { ReactNode } from "react";
import { headers } from "next/headers";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { getUiLanguage } from "@/server/ui-language";
import { tFor } from "@/lib/i18n/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const lng = await getUiLanguage();
  const t = tFor(lng, "common");
  const path = (await headers()).get("x-permitted-path") ?? "/sign-in";
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between border-b border-border px-6 py-3">
        <span className="text-lg font-semibold">{t("app.name")}</span>
        <LanguageSwitcher current={lng} returnTo={path} />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}
