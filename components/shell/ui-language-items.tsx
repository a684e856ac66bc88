"use client";
import { useTransition } from "react";
import { setUiLanguageAction } from "@/server/actions/auth";
import { UI_LANGUAGES, isUiLanguage, uiLanguageName, type UiLanguage } from "@/lib/i18n/settings";
import { DropdownMenuRadioGroup, DropdownMenuRadioItem } from "@/components/ui/dropdown-menu";

/**
 * Choosing a UI language: stores it (cookie, and the account when signed in) and shows the same
 * page again in it. `pending` lasts until the page has come back in the new language.
 */
export function useChooseUiLanguage(current: UiLanguage): [pending: boolean, choose: (value: string) => void] {
  const [pending, startTransition] = useTransition();
  const choose = (value: string) => {
    if (!isUiLanguage(value) || value === current) return;
    const form = new FormData();
    form.set("language", value);
    form.set("returnTo", `${window.location.pathname}${window.location.search}`);
    startTransition(() => setUiLanguageAction(form));
  };
  return [pending, choose];
}

/** The UI languages as radio items of a menu, each named in its own language and marked as such. */
export function UiLanguageItems({ current, onChoose }: { current: UiLanguage; onChoose: (value: string) => void }) {
  return (
    <DropdownMenuRadioGroup value={current} onValueChange={onChoose}>
      {UI_LANGUAGES.map((lng) => (
        <DropdownMenuRadioItem key={lng} value={lng} lang={lng}>
          {uiLanguageName(lng)}
        </DropdownMenuRadioItem>
      ))}
    </DropdownMenuRadioGroup>
  );
}
