"use client";
import "@/lib/zod-without-eval";
import { useMemo, type ReactNode } from "react";
import { createInstance, type Resource } from "i18next";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import { DEFAULT_UI_LANGUAGE, NAMESPACES, isUiLanguage, type UiLanguage } from "@/lib/i18n/settings";

/**
 * One i18next instance per render tree, in the UI language the server chose for this request, with
 * the strings the server sent (that language and the English fallback, not every language).
 */
export function I18nProvider({ lng, resources, children }: { lng: UiLanguage; resources: Resource; children: ReactNode }) {
  const i18n = useMemo(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng,
      fallbackLng: DEFAULT_UI_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: "common",
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
    return instance;
  }, [lng, resources]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** The UI language this tree renders in: one derivation for menus, formatters and locale names. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return isUiLanguage(i18n.language) ? i18n.language : DEFAULT_UI_LANGUAGE;
}
