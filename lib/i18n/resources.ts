import type { Resource } from "i18next";
import en from "@/locales/en";
import de from "@/locales/de";
import fr from "@/locales/fr";
import es from "@/locales/es";
import it from "@/locales/it";
import ja from "@/locales/ja";
import type { UiLanguage } from "./settings";

/**
 * Bundled so that server and CLI read the same strings without file I/O. The browser gets only the
 * strings of the page's language (and English as the fallback) from the root layout, never all six.
 */
export const resources = { en, de, fr, es, it, ja } satisfies Record<UiLanguage, Resource[string]>;

/** What a browser needs for one UI language: its strings and the fallback's. */
export function resourcesFor(lng: UiLanguage): Resource {
  return lng === "en" ? { en: resources.en } : { [lng]: resources[lng], en: resources.en };
}
