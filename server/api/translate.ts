import type { Translate } from "@/lib/delivery/render";
import { tFor } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";

/** The "delivery" namespace's t as the pure delivery code takes it. */
export function deliveryTranslate(lng: UiLanguage): Translate {
  const t = tFor(lng, "delivery");
  return (key, params) => t(key, params ?? {});
}
