"use client";
import "@/lib/zod-without-eval";
import { useMemo, type ReactNode } from "react";
import { createInstance } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { resources } from "@/lib/i18n/resources";
import { DEFAULT_UI_LANGUAGE, NAMESPACES, type UiLanguage } from "@/lib/i18n/settings";

/** One i18next instance per render tree, in the UI language the server chose for this request. */
export function I18nProvider({ lng, children }: { lng: UiLanguage; children: ReactNode }) {
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
  }, [lng]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
