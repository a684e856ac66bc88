/** UI languages of the studio (not buyer languages: those live in lib/locales). */
export const UI_LANGUAGES = ["en", "de", "fr", "es", "it", "ja"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = "en";
export const UI_LANGUAGE_COOKIE = "permitted_lang";

/** One namespace per domain, so that each domain owns its own strings file. */
export const NAMESPACES = ["common", "auth", "editor", "policy", "a11y", "templates", "workflow", "delivery", "memory", "threads", "attachments"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Every UI language the studio has is left-to-right; kept as a function so a new language only adds data. */
export function uiDirection(_lng: UiLanguage): "ltr" | "rtl" {
  return "ltr";
}

/** A UI language's own name in that language ("Deutsch", "日本語"), as a menu of languages shows it. */
export function uiLanguageName(lng: UiLanguage): string {
  const name = new Intl.DisplayNames([lng], { type: "language" }).of(lng) ?? lng;
  return name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
}

/** "a, b and c" as the UI language writes a list (never a fixed ", " in code). */
export function formatList(lng: string, items: readonly string[]): string {
  return new Intl.ListFormat(lng, { type: "conjunction" }).format(items);
}
