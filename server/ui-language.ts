import { cookies, headers } from "next/headers";
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, UI_LANGUAGE_COOKIE, isUiLanguage, type UiLanguage } from "@/lib/i18n/settings";

/** The UI language of this request: the user's choice (cookie), else the browser's Accept-Language. */
export async function getUiLanguage(): Promise<UiLanguage> {
  const chosen = (await cookies()).get(UI_LANGUAGE_COOKIE)?.value;
  if (isUiLanguage(chosen)) return chosen;
  const accept = (await headers()).get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const base = part.split(";")[0].trim().toLowerCase().split("-")[0];
    if (isUiLanguage(base)) return base;
  }
  return UI_LANGUAGES.includes(DEFAULT_UI_LANGUAGE) ? DEFAULT_UI_LANGUAGE : "en";
}
