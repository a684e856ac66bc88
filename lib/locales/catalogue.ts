/**
 * The one catalogue of buyer locales: the languages in which templates can have variants, and the
 * Amazon marketplaces whose buyers read them.
 *
 * A locale's marketplaces are those whose own language(s) it is, plus the alternative languages
 * Amazon is known to offer and report as a buyer's language of preference there (Spanish and
 * Simplified Chinese on amazon.com). The list is not exhaustive: a buyer may pick any language a
 * site offers, Messaging's GetAttributes reports it (e.g. "en-US", "zh-CN", "en-GB"), and
 * resolve.ts matches it to a template's variants by language.
 *
 * Only the codes and marketplaces are data; language, region, direction and display names are
 * derived from the code with Intl, so they cannot disagree with it.
 */
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import { MARKETPLACES, type Marketplace, type MarketplaceCode } from "./marketplaces";
import { directionOf, languageOf, localeLabel, type TextDirection } from "./tags";

const LOCALE_MARKETPLACES = [
  ["ar-AE", ["AE"]],
  ["ar-EG", ["EG"]],
  ["ar-SA", ["SA"]],
  ["de-DE", ["DE"]],
  ["en-AE", ["AE"]],
  ["en-AU", ["AU"]],
  ["en-CA", ["CA"]],
  ["en-GB", ["UK"]],
  ["en-IE", ["IE"]],
  ["en-IN", ["IN"]],
  ["en-SG", ["SG"]],
  ["en-US", ["US"]],
  ["en-ZA", ["ZA"]],
  ["es-ES", ["ES"]],
  ["es-MX", ["MX"]],
  ["es-US", ["US"]],
  ["fr-BE", ["BE"]],
  ["fr-CA", ["CA"]],
  ["fr-FR", ["FR"]],
  ["hi-IN", ["IN"]],
  ["it-IT", ["IT"]],
  ["ja-JP", ["JP"]],
  ["nl-BE", ["BE"]],
  ["nl-NL", ["NL"]],
  ["pl-PL", ["PL"]],
  ["pt-BR", ["BR"]],
  ["sv-SE", ["SE"]],
  ["tr-TR", ["TR"]],
  ["zh-CN", ["US"]],
] as const satisfies readonly (readonly [string, readonly MarketplaceCode[]])[];

/** A buyer locale code in canonical BCP 47 form, e.g. "de-DE". */
export type BuyerLocale = (typeof LOCALE_MARKETPLACES)[number][0];

export interface BuyerLocaleEntry {
  readonly code: BuyerLocale;
  /** ISO 639 language subtag, e.g. "de". */
  readonly language: string;
  /** ISO 3166 region subtag, e.g. "DE". */
  readonly region: string;
  readonly direction: TextDirection;
  readonly marketplaces: readonly (Marketplace & { readonly code: MarketplaceCode })[];
  /** Display names in each studio UI language, e.g. { en: "German (Germany)", de: "Deutsch (Deutschland)" }. */
  readonly labels: Readonly<Record<UiLanguage, string>>;
}

function entryFor(code: BuyerLocale, marketplaceCodes: readonly MarketplaceCode[]): BuyerLocaleEntry {
  const region = new Intl.Locale(code).region;
  if (!region) throw new Error(`Buyer locale ${code} has no region`);
  return {
    code,
    language: languageOf(code),
    region,
    direction: directionOf(code),
    marketplaces: marketplaceCodes.map((marketplace) => ({ code: marketplace, ...MARKETPLACES[marketplace] })),
    labels: Object.fromEntries(UI_LANGUAGES.map((lng) => [lng, localeLabel(code, lng)])) as Record<UiLanguage, string>,
  };
}

/** Every buyer locale with its facts, sorted by code. */
export const BUYER_LOCALES: readonly BuyerLocaleEntry[] = LOCALE_MARKETPLACES.map(([code, marketplaces]) =>
  entryFor(code, marketplaces),
);

/** The codes alone, as a non-empty tuple so that zod's `z.enum` and database enums can take it. */
export const BUYER_LOCALE_CODES = LOCALE_MARKETPLACES.map(([code]) => code) as unknown as readonly [
  BuyerLocale,
  ...BuyerLocale[],
];

const ENTRY_BY_CODE: ReadonlyMap<string, BuyerLocaleEntry> = new Map(BUYER_LOCALES.map((entry) => [entry.code, entry]));

/** True only for a catalogue code in its canonical spelling ("de-DE", not "de_de"): what we store. */
export function isBuyerLocale(value: unknown): value is BuyerLocale {
  return typeof value === "string" && ENTRY_BY_CODE.has(value);
}

export function buyerLocaleEntry(locale: BuyerLocale): BuyerLocaleEntry {
  const entry = ENTRY_BY_CODE.get(locale);
  if (!entry) throw new RangeError(`Not a buyer locale: ${locale}`);
  return entry;
}

/** The buyer locales whose buyers shop on a marketplace, e.g. "CA" → en-CA, fr-CA. */
export function buyerLocalesOf(marketplace: MarketplaceCode): BuyerLocale[] {
  return BUYER_LOCALES.filter((entry) => entry.marketplaces.some((m) => m.code === marketplace)).map(
    (entry) => entry.code,
  );
}

// The tag helpers work for any BCP 47 tag, also those outside the catalogue (e.g. a buyer's "de-AT").
export { directionOf, languageOf, localeLabel, type TextDirection };
