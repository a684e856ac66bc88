/**
 * Which buyer languages the policy knows how to read. The buyer locales themselves live in
 * lib/locales; this module only answers "which language is this locale's text in" and "for which
 * languages do we have phrase lists".
 */
import { BUYER_LOCALES } from "@/lib/locales/catalogue";

/** Default languages of Amazon's marketplaces; each has its own phrase list in ./phrases. */
export const PHRASE_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "sv", "pl", "tr", "pt", "ar", "hi", "ja"] as const;
export type PhraseLanguage = (typeof PHRASE_LANGUAGES)[number];

export function isPhraseLanguage(value: string): value is PhraseLanguage {
  return (PHRASE_LANGUAGES as readonly string[]).includes(value);
}

/** The product's buyer languages (language subtags), derived from the buyer locale catalogue. */
export const PRODUCT_LANGUAGES: readonly string[] = [...new Set(BUYER_LOCALES.map((entry) => entry.language))].sort();

/**
 * Language subtag of a BCP 47 tag ("de" for "de-AT" or "de_AT"), lower-cased. Deliberately lenient
 * (no Intl validation): the check must still run on a half-typed locale in a file header.
 */
export function languageOfLocale(locale: string): string {
  return locale.trim().split(/[-_]/)[0].toLowerCase();
}
