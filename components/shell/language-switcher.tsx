"use client";
import { useTranslation } from "react-i18next";
import { Languages } from "lucide-react";
import { uiLanguageName } from "@/lib/i18n/settings";
import { useUiLanguage } from "@/components/i18n-provider";
import { DropdownMenu, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Button } from "@/components/ui/button";
import { UiLanguageItems, useChooseUiLanguage } from "./ui-language-items";

/** For people who are not signed in; signed-in people choose in the account menu. */
export function LanguageSwitcher() {
  const { t } = useTranslation("common");
  const current = useUiLanguage();
  const [pending, choose] = useChooseUiLanguage(current);
  const name = uiLanguageName(current);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" aria-label={t("shell.languageMenu", { language: name })} aria-busy={pending || undefined} data-menu="language">
          <Languages aria-hidden="true" className="h-4 w-4" />
          <span lang={current}>{name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{t("shell.language")}</DropdownMenuLabel>
        <UiLanguageItems current={current} onChoose={choose} />
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
