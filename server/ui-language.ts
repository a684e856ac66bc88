import "server-only";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { getUiLanguageOf } from "@/db/queries/accounts";
import { uiLanguageFromAcceptLanguage } from "@/lib/i18n/accept-language";
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGE_COOKIE, isUiLanguage, type UiLanguage } from "@/lib/i18n/settings";

/** A year: the choice outlives sessions, and sign-in sets it again from the account. */
export const UI_LANGUAGE_COOKIE_OPTIONS = { sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 } as const;

/** The UI language of this request: the user's choice (cookie), else the browser's Accept-Language. */
export async function getUiLanguage(): Promise<UiLanguage> {
  const chosen = (await cookies()).get(UI_LANGUAGE_COOKIE)?.value;
  if (isUiLanguage(chosen)) return chosen;
  return uiLanguageFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_UI_LANGUAGE;
}

/** At sign-in: the language the account chose becomes this browser's, whatever it showed before. */
export async function rememberAccountLanguage(userId: string): Promise<void> {
  const chosen = await getUiLanguageOf(await getDb(), userId);
  if (isUiLanguage(chosen)) (await cookies()).set(UI_LANGUAGE_COOKIE, chosen, UI_LANGUAGE_COOKIE_OPTIONS);
}
