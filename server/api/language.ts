import { DEFAULT_UI_LANGUAGE, isUiLanguage, type UiLanguage } from "@/lib/i18n/settings";

/**
 * The language of API error messages: the first UI language the client's Accept-Language names,
 * else English. (Codes are what clients branch on; messages are for the developer reading them.)
 */
export function apiLanguage(headers: Headers): UiLanguage {
  const accept = headers.get("accept-language");
  if (!accept) return DEFAULT_UI_LANGUAGE;
  for (const part of accept.slice(0, 200).split(",")) {
    const base = part.split(";")[0].trim().toLowerCase().split("-")[0];
    if (isUiLanguage(base)) return base;
  }
  return DEFAULT_UI_LANGUAGE;
}
