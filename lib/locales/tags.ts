/**
 * BCP 47 language tags: parsing, the written language a tag names, its text direction and its
 * display name. Everything here is derived from the runtime's Unicode data (Intl), not typed in.
 */
import type { UiLanguage } from "@/lib/i18n/settings";

/** Longer than any sensible single tag or Accept-Language list; keeps parsing cheap on hostile input. */
export const MAX_TAG_INPUT_LENGTH = 512;

/**
 * The canonical form of one tag, accepting the spellings sellers' systems send: `de-AT`, `de_AT`
 * (Java/POSIX style, what many Amazon tools print), `DE-at`. Returns undefined for anything that is
 * not a well-formed BCP 47 tag.
 */
export function canonicalTag(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === "" || trimmed.length > MAX_TAG_INPUT_LENGTH) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed.replaceAll("_", "-"))[0];
  } catch {
    return undefined;
  }
}

function parse(locale: string): Intl.Locale {
  const canonical = canonicalTag(locale);
  if (!canonical) throw new RangeError(`Not a BCP 47 language tag: ${JSON.stringify(locale)}`);
  return new Intl.Locale(canonical);
}

/** The language subtag: "de" for "de-AT" or "de_AT". Throws RangeError for a malformed tag. */
export function languageOf(locale: string): string {
  return parse(locale).language;
}

/**
 * What a reader needs to read a text: the language plus its most likely script, so that "zh-CN"
 * (Simplified) and "zh-TW" (Traditional) are different written languages while "de-AT" and "de-DE"
 * are the same one.
 */
export function writtenLanguageOf(locale: string): string {
  const likely = parse(locale).maximize();
  return likely.script ? `${likely.language}-${likely.script}` : likely.language;
}

/**
 * The region where a tag's written language is chiefly used, by CLDR's likely-subtags data,
 * ignoring the tag's own region: "DE" for "de-AT", "BR" for "pt", "TW" for "zh-Hant-HK".
 */
export function homeRegionOf(locale: string): string | undefined {
  return new Intl.Locale(writtenLanguageOf(locale)).maximize().region;
}

/**
 * Scripts that Unicode writes right to left (ISO 15924 codes). Intl has `Locale#getTextInfo`, but
 * not in every browser this module reaches, so direction is derived from the script, which every
 * engine's `maximize()` provides. The test compares this against Node's text info.
 */
const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<string> = new Set([
  "Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
]);

export type TextDirection = "ltr" | "rtl";

/** Text direction of a language tag ("rtl" for Arabic, Hebrew, …). Throws RangeError for a malformed tag. */
export function directionOf(locale: string): TextDirection {
  const script = parse(locale).maximize().script;
  return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? "rtl" : "ltr";
}

const displayNames = new Map<UiLanguage, Intl.DisplayNames>();

/**
 * The name of a buyer locale in the studio's UI language, e.g. "German (Austria)" /
 * "Deutsch (Österreich)". "standard" display keeps every label in one "Language (Region)" shape
 * instead of CLDR's mix of dialect names ("British English") and regions.
 */
export function localeLabel(locale: string, uiLanguage: UiLanguage): string {
  let names = displayNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: "language", languageDisplay: "standard" });
    displayNames.set(uiLanguage, names);
  }
  const canonical = canonicalTag(locale);
  return (canonical && names.of(canonical)) || locale;
}
