"use client";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { CircleUser } from "lucide-react";
import { signOutAction } from "@/server/actions/auth";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Button } from "@/components/ui/button";
import { formatList } from "@/lib/i18n/settings";
import { useUiLanguage } from "@/components/i18n-provider";
import { UiLanguageItems, useChooseUiLanguage } from "./ui-language-items";

export function AccountMenu({ name, email, roles }: { name: string; email: string; roles: string[] }) {
  const { t } = useTranslation("common");
  const language = useUiLanguage();
  const [pending, choose] = useChooseUiLanguage(language);
  const roleList = formatList(language, roles.map((r) => t(`roles.${r}`)));
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" aria-label={t("shell.accountMenu", { name })} data-menu="account" aria-busy={pending || undefined}>
          <CircleUser aria-hidden="true" className="h-5 w-5" />
          <span className="hidden sm:inline">{name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{t("shell.signedInAs", { email })}</DropdownMenuLabel>
        <DropdownMenuLabel className="font-normal">{t("shell.roles", { roles: roleList })}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>{t("shell.language")}</DropdownMenuLabel>
        <UiLanguageItems current={language} onChoose={choose} />
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">{t("shell.account")}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOutAction()}>{t("shell.signOut")}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
