import { uiLanguageFromAcceptLanguage } from "@/lib/i18n/accept-language";
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from "@/lib/i18n/settings";

/**
 * The language of API error messages: the UI language the client's Accept-Language prefers,
 * else English. (Codes are what clients branch on; messages are for the developer reading them.)
 */
export function apiLanguage(headers: Headers): UiLanguage {
  return uiLanguageFromAcceptLanguage(headers.get("accept-language")) ?? DEFAULT_UI_LANGUAGE;
}
