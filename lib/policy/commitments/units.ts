/**
 * What a number counts, and which money it is: time units per language ("Tage", "jours", "日間")
 * and currencies by symbol, code or name. Units are compared as categories (day, week …) so that
 * "7 days" and "7 Tage" are the same promise and "7 days" and "7 weeks" are not. A number whose
 * unit we do not recognise still matches the same number on the other side (a conservative check:
 * a missing list entry must not turn a faithful translation into a finding).
 * Pure: runs in the browser.
 */
import { foldWord } from "../text/fold";

export type TimeUnit = "minute" | "hour" | "day" | "week" | "month" | "year";

/** Prefixes of folded words (Latin scripts take every inflection and compound: "Werktagen"). */
const UNIT_PREFIXES: Readonly<Record<string, Readonly<Record<TimeUnit, readonly string[]>>>> = {
  en: { minute: ["minute", "min"], hour: ["hour", "hr"], day: ["day", "business day", "working day"], week: ["week"], month: ["month"], year: ["year"] },
  de: { minute: ["minute", "min"], hour: ["stunde", "std"], day: ["tag", "werktag", "arbeitstag", "kalendertag", "geschaeftstag"], week: ["woche"], month: ["monat"], year: ["jahr"] },
  fr: { minute: ["minute", "min"], hour: ["heure"], day: ["jour", "journee"], week: ["semaine"], month: ["mois"], year: ["an", "annee"] },
  es: { minute: ["minuto", "min"], hour: ["hora"], day: ["dia", "jornada"], week: ["semana"], month: ["mes"], year: ["ano"] },
  it: { minute: ["minut"], hour: ["ora", "ore"], day: ["giorn", "gg"], week: ["settiman"], month: ["mese", "mesi"], year: ["anno", "anni"] },
  nl: { minute: ["minu"], hour: ["uur", "uren"], day: ["dag", "werkdag"], week: ["week", "weken"], month: ["maand"], year: ["jaar", "jaren"] },
  sv: { minute: ["minut"], hour: ["timm", "timme"], day: ["dag", "arbetsdag", "vardag"], week: ["veck"], month: ["månad"], year: ["år"] },
  pl: { minute: ["minut"], hour: ["godzin"], day: ["dni", "dzien", "dnia", "dniach"], week: ["tydzien", "tygodni"], month: ["miesiac", "miesiec"], year: ["rok", "lat"] },
  tr: { minute: ["dakika"], hour: ["saat"], day: ["gun", "is gunu"], week: ["hafta"], month: ["ay"], year: ["yil", "sene"] },
  pt: { minute: ["minuto"], hour: ["hora"], day: ["dia"], week: ["semana"], month: ["mes", "meses"], year: ["ano"] },
  ar: { minute: ["دقيق", "دقائق"], hour: ["ساع"], day: ["يوم", "ايام"], week: ["اسبوع", "اسابيع"], month: ["شهر", "اشهر"], year: ["سن", "عام", "اعوام"] },
  hi: { minute: ["मिनट"], hour: ["घंट"], day: ["दिन", "कार्यदिवस"], week: ["सप्ताह", "हफ्त"], month: ["महीन", "माह"], year: ["साल", "वर्ष"] },
};

/**
 * Short prefixes ("an", "ar", "ay", "ora") need the whole word: "ans"/"année" are years, "anche"
 * is not. Prefixes of three letters or fewer therefore match only the word itself or with a
 * plural ending.
 */
function unitMatches(word: string, prefix: string): boolean {
  if (prefix.length <= 3) return word === prefix || (word.length <= prefix.length + 2 && word.startsWith(prefix) && /^(s|n|en|er|e|i|a|lar|ler)$/u.test(word.slice(prefix.length)));
  return word.startsWith(prefix);
}

const foldedUnits = new Map<string, [TimeUnit, string][]>();

/** The time unit a folded word names in a language, or null. */
export function timeUnitOf(word: string, language: string): TimeUnit | null {
  let list = foldedUnits.get(language);
  if (!list) {
    list = [];
    for (const [unit, prefixes] of Object.entries(UNIT_PREFIXES[language] ?? {}) as [TimeUnit, readonly string[]][]) {
      for (const prefix of prefixes) if (!prefix.includes(" ")) list.push([unit, foldWord(prefix, language)]);
    }
    foldedUnits.set(language, list);
  }
  for (const [unit, prefix] of list) if (unitMatches(word, prefix)) return unit;
  return null;
}

/** Japanese counters after a number: 日間 days, 週間 weeks, か月 months, 時間 hours … */
export const JAPANESE_UNITS: readonly [RegExp, TimeUnit][] = [
  [/^\s?(?:営業日|日間|日以内|日)/u, "day"],
  [/^\s?週間?/u, "week"],
  [/^\s?(?:か月|ヶ月|カ月|ケ月|ヵ月|箇月)/u, "month"],
  [/^\s?年間?/u, "year"],
  [/^\s?時間/u, "hour"],
  [/^\s?分間?/u, "minute"],
];

/**
 * Currencies by what people write next to an amount, as they write it: codes in capitals (so the
 * verb "try" or "real" is no money), names in lower case (a capitalised form is added). "$" and
 * "dollars" are one currency whichever dollar it is: translations name the same money differently
 * ("$", "USD", "US-Dollar").
 */
const CURRENCY_WORDS: Readonly<Record<string, readonly string[]>> = {
  EUR: ["€", "EUR", "Euro", "euro", "euros", "Euros", "یورو", "يورو", "यूरो", "ユーロ"],
  USD: ["$", "US$", "USD", "dollar", "dollars", "dólar", "dólares", "dolar", "dolares", "dollari", "dollaro", "dolary", "dolarów", "dolarları", "دولار", "डॉलर", "ドル"],
  GBP: ["£", "GBP", "pound", "pounds", "Pfund", "livres", "libras", "sterline", "funtów", "funty", "sterlin", "पाउंड", "ポンド"],
  JPY: ["¥", "円", "JPY", "yen", "yenes", "ين", "येन"],
  INR: ["₹", "INR", "Rs", "Rs.", "rupee", "rupees", "rupia", "rupias", "रुपये", "रुपए", "रुपया", "रु", "روبية"],
  PLN: ["zł", "PLN", "zloty", "złoty", "złotych", "zlotych", "złote"],
  TRY: ["₺", "TL", "TRY", "lira", "lirası", "ليرة"],
  SEK: ["kr", "SEK", "kronor", "krona", "kronen", "couronnes", "coronas"],
  BRL: ["R$", "BRL", "reais"],
  AED: ["AED", "درهم", "د.إ", "dirham", "dirhams"],
  SAR: ["SAR", "ريال", "ر.س", "riyal", "riyals"],
  EGP: ["EGP", "ج.م", "جنيه"],
  MXN: ["MXN", "MX$", "pesos"],
  CAD: ["CAD", "CA$", "C$"],
  AUD: ["AUD", "AU$", "A$"],
};

const currencyIndex = new Map<string, string>();
for (const [code, names] of Object.entries(CURRENCY_WORDS)) {
  for (const name of names) {
    currencyIndex.set(name, code);
    if (/^\p{Ll}{4,}$/u.test(name)) currencyIndex.set(name[0].toUpperCase() + name.slice(1), code);
  }
}

/** The currency code a symbol, code or name stands for, exactly as written, or null. */
export function currencyOf(written: string): string | null {
  return currencyIndex.get(written) ?? null;
}

/** Currency symbols, codes and names as one expression (longest first), case-sensitive. */
export const CURRENCY_PATTERN = [...currencyIndex.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
