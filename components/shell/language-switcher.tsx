import { setUiLanguageAction } from "@/server/actions/auth";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import { tFor } from "@/lib/i18n/server";
import { cn } from "@/lib/cn";

/** Plain form buttons: works without JavaScript, and each language name is marked in its own language. */
export function LanguageSwitcher({ current, returnTo }: { current: UiLanguage; returnTo: string }) {
  const t = tFor(current, "common");
  return (
    <form action={setUiLanguageAction} className="flex items-center gap-1 text-sm" aria-label={t("shell.language")}>
      <input type="hidden" name="returnTo" value={returnTo} />
      {UI_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="submit"
          name="language"
          value={lng}
          lang={lng}
          aria-pressed={lng === current}
          className={cn("rounded px-2 py-1", lng === current ? "bg-muted font-semibold" : "text-primary underline-offset-2 hover:underline")}
        >
          {tFor(lng, "common")(`languages.${lng}`)}
        </button>
      ))}
    </form>
  );
}
