/**
 * The typed catalogue of placeholders a template may contain. In documents a placeholder is an atom
 * node; in HTML and text files it is written `{{name}}`. One list, used by the schema, the normaliser,
 * the renderers, the editor's insert menu and the delivery API.
 */

export const PLACEHOLDER_NAMES = [
  "order_id",
  "buyer_name",
  "seller_name",
  "product_name",
  "asin",
  "quantity",
  "delivery_date",
  "delivery_window_start",
  "delivery_window_end",
] as const;

export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** How a value is checked and displayed. */
export type PlaceholderFormat = "order-id" | "text" | "asin" | "integer" | "date";

export interface PlaceholderDefinition {
  name: PlaceholderName;
  /** i18n key in the `editor` namespace. */
  labelKey: `placeholders.${PlaceholderName}.label`;
  /** i18n key in the `editor` namespace: one sentence on where the value comes from. */
  descriptionKey: `placeholders.${PlaceholderName}.description`;
  format: PlaceholderFormat;
}

const FORMATS: Record<PlaceholderName, PlaceholderFormat> = {
  order_id: "order-id",
  buyer_name: "text",
  seller_name: "text",
  product_name: "text",
  asin: "asin",
  quantity: "integer",
  delivery_date: "date",
  delivery_window_start: "date",
  delivery_window_end: "date",
};

export const PLACEHOLDERS: Readonly<Record<PlaceholderName, PlaceholderDefinition>> = Object.fromEntries(
  PLACEHOLDER_NAMES.map((name) => [
    name,
    {
      name,
      labelKey: `placeholders.${name}.label`,
      descriptionKey: `placeholders.${name}.description`,
      format: FORMATS[name],
    } satisfies PlaceholderDefinition,
  ]),
) as Record<PlaceholderName, PlaceholderDefinition>;

export function isPlaceholderName(value: unknown): value is PlaceholderName {
  return typeof value === "string" && (PLACEHOLDER_NAMES as readonly string[]).includes(value);
}

/** `{{ name }}` as written in HTML and text files; the name group is captured. */
export const PLACEHOLDER_TOKEN_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholderToken(name: string): string {
  return `{{${name}}}`;
}

/** Amazon order IDs: 17 digits grouped 3-7-7. */
export const ORDER_ID_PATTERN = /^\d{3}-\d{7}-\d{7}$/;
/** ASINs are 10 upper-case letters or digits (an ISBN-10 for books, usually "B0…" otherwise). */
export const ASIN_PATTERN = /^[A-Z0-9]{10}$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Longest free-text value we accept; Amazon product titles are limited to 200 characters. */
export const MAX_TEXT_VALUE_LENGTH = 200;
/** Quantities are positive integers of at most this many digits. */
export const MAX_INTEGER_DIGITS = 6;
const INTEGER_PATTERN = new RegExp(`^[1-9]\\d{0,${MAX_INTEGER_DIGITS - 1}}$`);
// Control characters and braces would let a value inject lines or fake placeholders.
const FORBIDDEN_TEXT = /[\p{Cc}{}<>]/u;

function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Validators for *raw* values (as they come from an order), before locale formatting. */
export const FORMAT_VALIDATORS: Readonly<Record<PlaceholderFormat, (value: string) => boolean>> = {
  "order-id": (v) => ORDER_ID_PATTERN.test(v),
  asin: (v) => ASIN_PATTERN.test(v),
  integer: (v) => INTEGER_PATTERN.test(v),
  date: isIsoDate,
  text: (v) => v.trim().length > 0 && v.length <= MAX_TEXT_VALUE_LENGTH && !FORBIDDEN_TEXT.test(v),
};

export function isValidPlaceholderValue(name: PlaceholderName, rawValue: string): boolean {
  return FORMAT_VALIDATORS[PLACEHOLDERS[name].format](rawValue);
}

/**
 * Turns a valid raw value into what the buyer reads: dates with `Intl` in the buyer's locale
 * (UTC, so that a delivery date does not move by a day), integers with the locale's digits.
 * Throws a RangeError for an invalid raw value so that nothing malformed reaches a buyer.
 */
export function formatPlaceholderValue(name: PlaceholderName, rawValue: string, locale: string): string {
  if (!isValidPlaceholderValue(name, rawValue)) {
    throw new RangeError(`Invalid value for placeholder ${name}`);
  }
  switch (PLACEHOLDERS[name].format) {
    case "date":
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${rawValue}T00:00:00Z`),
      );
    case "integer":
      return new Intl.NumberFormat(locale).format(Number(rawValue));
    default:
      return rawValue;
  }
}

export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** Names and product titles that read naturally in each buyer language; keyed by language subtag. */
const LOCAL_TEXT: Record<string, { buyer_name: string; seller_name: string; product_name: string }> = {
  en: { buyer_name: "Jane Smith", seller_name: "Northwind Home", product_name: "Stainless Steel Water Bottle, 750 ml" },
  de: { buyer_name: "Erika Mustermann", seller_name: "Nordwind Haushalt", product_name: "Edelstahl-Trinkflasche, 750 ml" },
  fr: { buyer_name: "Camille Dupont", seller_name: "Maison Nordvent", product_name: "Gourde en acier inoxydable, 750 ml" },
  es: { buyer_name: "Lucía García", seller_name: "Hogar Viento Norte", product_name: "Botella de agua de acero inoxidable, 750 ml" },
  it: { buyer_name: "Giulia Rossi", seller_name: "Casa Tramontana", product_name: "Borraccia in acciaio inox, 750 ml" },
  nl: { buyer_name: "Sanne de Vries", seller_name: "Noordenwind Wonen", product_name: "Roestvrijstalen drinkfles, 750 ml" },
  sv: { buyer_name: "Anna Andersson", seller_name: "Nordanvind Hem", product_name: "Vattenflaska i rostfritt stål, 750 ml" },
  pl: { buyer_name: "Anna Kowalska", seller_name: "Dom Północny Wiatr", product_name: "Butelka na wodę ze stali nierdzewnej, 750 ml" },
  tr: { buyer_name: "Ayşe Yılmaz", seller_name: "Poyraz Ev", product_name: "Paslanmaz Çelik Su Şişesi, 750 ml" },
  pt: { buyer_name: "Ana Souza", seller_name: "Casa Vento Norte", product_name: "Garrafa de água de aço inoxidável, 750 ml" },
  ja: { buyer_name: "山田 花子", seller_name: "ノースウィンド ホーム", product_name: "ステンレス製ウォーターボトル 750ml" },
  zh: { buyer_name: "王芳", seller_name: "北风家居", product_name: "不锈钢水瓶 750 毫升" },
  ar: { buyer_name: "فاطمة أحمد", seller_name: "بيت الرياح الشمالية", product_name: "زجاجة ماء من الفولاذ المقاوم للصدأ، 750 مل" },
  he: { buyer_name: "נועה כהן", seller_name: "בית רוח צפונית", product_name: "בקבוק מים מנירוסטה, 750 מ״ל" },
  hi: { buyer_name: "प्रिया शर्मा", seller_name: "नॉर्थविंड होम", product_name: "स्टेनलेस स्टील पानी की बोतल, 750 मिली" },
};

/** Raw values shared by every locale; dates are formatted per locale. */
const SAMPLE_RAW = {
  order_id: "171-1234567-1234567",
  asin: "B0C1234XYZ",
  quantity: "2",
  delivery_date: "2025-03-14",
  delivery_window_start: "2025-03-12",
  delivery_window_end: "2025-03-18",
} as const satisfies Partial<Record<PlaceholderName, string>>;

/** Buyer locales the samples are tuned for; `longestSample` looks across all of them. */
export const SAMPLE_LOCALES = [
  "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "sv-SE", "pl-PL", "tr-TR",
  "pt-BR", "ja-JP", "zh-CN", "ar-AE", "he-IL", "hi-IN",
] as const;

function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0].toLowerCase();
}

/** Display values for previews in the given buyer locale (BCP 47, e.g. "de-DE"). */
export function sampleValues(locale: string): Record<PlaceholderName, string> {
  let safeLocale: string;
  try {
    safeLocale = Intl.getCanonicalLocales(locale)[0] ?? "en-US";
  } catch {
    safeLocale = "en-US";
  }
  const text = LOCAL_TEXT[languageOf(safeLocale)] ?? LOCAL_TEXT.en;
  const raw: Record<PlaceholderName, string> = { ...SAMPLE_RAW, ...text };
  return Object.fromEntries(
    PLACEHOLDER_NAMES.map((name) => [name, formatPlaceholderValue(name, raw[name], safeLocale)]),
  ) as Record<PlaceholderName, string>;
}

/** One sample per placeholder across SAMPLE_LOCALES, the one `pick` prefers. */
function samplesBy(pick: (a: string, b: string) => string): Record<PlaceholderName, string> {
  const all = SAMPLE_LOCALES.map((locale) => sampleValues(locale));
  return Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, all.map((values) => values[n]).reduce(pick)])) as Record<PlaceholderName, string>;
}

let longestCache: Record<PlaceholderName, string> | undefined;

/** The longest sample of a placeholder across SAMPLE_LOCALES, for character-budget checks. */
export function longestSample(name: PlaceholderName): string {
  longestCache ??= samplesBy((a, b) => (b.length > a.length ? b : a));
  return longestCache[name];
}

let shortestCache: Record<PlaceholderName, string> | undefined;

/** The shortest sample of a placeholder across the sample locales: what every order reaches. */
export function shortestSample(name: PlaceholderName): string {
  shortestCache ??= samplesBy((a, b) => (b.length < a.length ? b : a));
  return shortestCache[name];
}

/** All longest samples at once, as values for `renderPlainText` in budget checks. */
export function longestSampleValues(): Record<PlaceholderName, string> {
  return Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, longestSample(n)])) as Record<PlaceholderName, string>;
}
