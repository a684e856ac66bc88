/**
 * A compliant starting text for every purpose in each language we write starters for: a new
 * template begins here instead of on an empty page. Written per language, not translated word for
 * word; placeholders as {{name}}. Every starter must pass the full check with no errors (tested).
 */
import type { DocJSON } from "@/lib/editor/extensions";
import { normalizeText } from "@/lib/editor/normalize-text";
import { languageOfLocale } from "./languages";
import type { PurposeId } from "./purposes";
import { EN_STARTERS } from "./starter-texts/en";
import { DE_STARTERS } from "./starter-texts/de";
import { FR_STARTERS } from "./starter-texts/fr";
import { ES_STARTERS } from "./starter-texts/es";
import { IT_STARTERS } from "./starter-texts/it";
import { JA_STARTERS } from "./starter-texts/ja";

const STARTERS = { en: EN_STARTERS, de: DE_STARTERS, fr: FR_STARTERS, es: ES_STARTERS, it: IT_STARTERS, ja: JA_STARTERS };

type StarterLanguage = keyof typeof STARTERS;

export const STARTER_LANGUAGES = Object.keys(STARTERS) as StarterLanguage[];

function starterLanguage(locale: string): StarterLanguage | null {
  const language = languageOfLocale(locale);
  return (STARTER_LANGUAGES as string[]).includes(language) ? (language as StarterLanguage) : null;
}

/** The starter for a purpose in the locale's language as a stored document, or null when we have none. */
export function starterContent(purpose: PurposeId, locale: string): { subject: string; doc: DocJSON } | null {
  const language = starterLanguage(locale);
  if (!language) return null;
  const starter = STARTERS[language][purpose];
  return { subject: starter.subject, doc: normalizeText(starter.body).doc };
}
