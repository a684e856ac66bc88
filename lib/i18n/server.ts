import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { resources } from "./resources";
import { DEFAULT_UI_LANGUAGE, NAMESPACES, type UiLanguage } from "./settings";

const instances = new Map<UiLanguage, I18n>();

/** A ready i18next instance per UI language; synchronous because resources are bundled. */
export function i18nFor(lng: UiLanguage): I18n {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: DEFAULT_UI_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: "common",
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(lng, instance);
  }
  return instance;
}

export function tFor(lng: UiLanguage, ns?: string | readonly string[]): TFunction {
  return i18nFor(lng).getFixedT(lng, ns as string);
}
