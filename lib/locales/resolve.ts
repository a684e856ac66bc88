/**
 * Which of a template's variants a buyer gets. Amazon requires messages in the buyer's language of
 * preference, so the rule is: the exact locale if the template has it, else the same written
 * language in another region, and never another language.
 */
import { canonicalTag, homeRegionOf, MAX_TAG_INPUT_LENGTH, writtenLanguageOf } from "./tags";

export type LocaleResolution =
  | { locale: string }
  | { error: "invalid_locale"; requested: string }
  | { error: "no_variant_for_language"; requested: string; available: string[] };

export type LocaleResolutionError = Extract<LocaleResolution, { error: string }>;

/** RFC 9110 quality value: 0 to 1 with at most three decimals. */
const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/**
 * The buyer's languages in order of preference, canonical. Takes one tag ("de-AT", "de_AT", "de")
 * or an Accept-Language list ("de-AT, de;q=0.9, en;q=0.5"). Entries with q=0 (refused) and the
 * wildcard "*" (no language named) are dropped, because only a language the buyer named may be
 * used. Returns undefined if any entry is malformed, so a typo is reported rather than skipped.
 */
export function parseLocalePreferences(requested: string): string[] | undefined {
  if (requested.length > MAX_TAG_INPUT_LENGTH) return undefined;
  const weighted: { tag: string; quality: number }[] = [];
  for (const part of requested.split(",")) {
    const [rawTag, ...parameters] = part.split(";").map((piece) => piece.trim());
    let quality = 1;
    for (const parameter of parameters) {
      if (!QUALITY.test(parameter)) return undefined;
      quality = Number(parameter.slice(2));
    }
    if (rawTag === "*") continue;
    const tag = canonicalTag(rawTag);
    if (!tag) return undefined;
    if (quality > 0) weighted.push({ tag, quality });
  }
  // Array#sort is stable, so equal qualities keep the order the buyer gave.
  return weighted.sort((a, b) => b.quality - a.quality).map(({ tag }) => tag);
}

interface Candidate {
  original: string;
  canonical: string;
  writtenLanguage: string;
  region: string | undefined;
}

function candidatesOf(available: readonly string[]): Candidate[] {
  return available.flatMap((original) => {
    const canonical = canonicalTag(original);
    if (!canonical) return []; // a malformed stored locale can never be the buyer's language
    return [{ original, canonical, writtenLanguage: writtenLanguageOf(canonical), region: new Intl.Locale(canonical).region }];
  });
}

function bestFor(tag: string, candidates: readonly Candidate[]): Candidate | undefined {
  const exact = candidates.find((candidate) => candidate.canonical === tag);
  if (exact) return exact;
  const writtenLanguage = writtenLanguageOf(tag);
  const homeRegion = homeRegionOf(tag);
  // Same language elsewhere: the language's home region first (de-DE for de-AT, pt-BR for pt,
  // by CLDR), then alphabetical, so that the answer never depends on the order variants were stored.
  return candidates
    .filter((candidate) => candidate.writtenLanguage === writtenLanguage)
    .sort(
      (a, b) =>
        Number(b.region === homeRegion) - Number(a.region === homeRegion) ||
        (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0),
    )[0];
}

/**
 * The variant locale to serve. `available` are the template's locales as stored; the result is one
 * of them, unchanged. Preferences are tried in order, each with its exact match first, so that a
 * buyer's second language wins over nothing but never over a region variant of the first.
 */
export function resolveVariantLocale(requested: string, available: readonly string[]): LocaleResolution {
  const preferences = parseLocalePreferences(requested);
  if (!preferences || preferences.length === 0) return { error: "invalid_locale", requested };
  const candidates = candidatesOf(available);
  for (const tag of preferences) {
    const match = bestFor(tag, candidates);
    if (match) return { locale: match.original };
  }
  return { error: "no_variant_for_language", requested, available: [...available].sort() };
}

/** The i18n key (namespace "delivery") and parameters that explain a resolution error to people. */
export function resolutionErrorMessage(error: LocaleResolutionError): {
  key: `errors.${LocaleResolutionError["error"]}`;
  params: Record<string, string | string[]>;
} {
  return error.error === "invalid_locale"
    ? { key: "errors.invalid_locale", params: { requested: error.requested } }
    : { key: "errors.no_variant_for_language", params: { requested: error.requested, available: error.available } };
}
