/**
 * Dates and times in the forms buyer messages use: "03.05.2025", "3/5", "2025-05-03", "3 May",
 * "May 3rd", "3 de mayo", "3 maja", "5月3日"; "14:00", "2 pm", "14 Uhr", "14h30", "14時". A date is
 * kept as its day and month in either order (5/3 in the US is 3/5 elsewhere, and a translator
 * rewrites it the local way), a time as HH:MM.
 * Pure: runs in the browser.
 */
import { type Commitment, isFree, take, type Taken } from "./types";

const monthCache = new Map<string, { pattern: string; index: Map<string, number> }>();

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Month names of a language, from the platform's locale data (Intl), in the forms dates use
 * (Polish "maja", not "maj") and standing alone, long and short; English names too, which
 * translators often keep.
 */
function monthNames(language: string): { pattern: string; index: Map<string, number> } {
  const cached = monthCache.get(language);
  if (cached) return cached;
  const index = new Map<string, number>();
  for (const locale of new Set([language, "en"])) {
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2024, month, 15));
      for (const style of ["long", "short"] as const) {
        const formats = [
          new Intl.DateTimeFormat(locale, { month: style, day: "numeric", timeZone: "UTC" }).formatToParts(date).find((p) => p.type === "month")?.value,
          new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" }).format(date),
        ];
        for (const name of formats) {
          const clean = name?.replace(/\.$/, "").toLowerCase();
          // Numeric "months" (Japanese "5月") are read by their own pattern; two letters are too short.
          if (clean && clean.length >= 3 && !/\d/.test(clean)) index.set(clean, month + 1);
        }
      }
    }
  }
  const pattern = [...index.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const result = { pattern, index };
  monthCache.set(language, result);
  return result;
}

function dateCommitment(day: number, month: number, year: string | undefined, start: number, end: number): Commitment | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const [a, b] = day <= 12 ? [Math.min(day, month), Math.max(day, month)] : [month, day];
  const fullYear = year === undefined ? null : year.length === 2 ? `20${year}` : year;
  return { kind: "date", value: `${a}-${b}`, qualifier: fullYear, start, end };
}

/** Reads dates from `text` (already in ASCII shape), marking what it reads as taken. */
export function readDates(text: string, language: string, taken: Taken): Commitment[] {
  const found: Commitment[] = [];
  const add = (m: RegExpMatchArray, make: (m: RegExpMatchArray) => Commitment | null) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!isFree(taken, start, end)) return;
    const commitment = make(m);
    if (!commitment) return;
    found.push(commitment);
    take(taken, start, end);
  };
  for (const m of text.matchAll(/(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g)) add(m, (x) => dateCommitment(Number(x[3]), Number(x[2]), x[1], x.index!, x.index! + x[0].length));
  for (const m of text.matchAll(/(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日/gu)) add(m, (x) => dateCommitment(Number(x[3]), Number(x[2]), x[1], x.index!, x.index! + x[0].length));
  // 03.05.2025, 3/5/25, 03-05-2025; "03.05." with its closing point; "3/5" without a year.
  for (const m of text.matchAll(/(?<![\d.,/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/g)) add(m, (x) => dateCommitment(Number(x[1]), Number(x[3]), x[4], x.index!, x.index! + x[0].length));
  for (const m of text.matchAll(/(?<![\d.,/])(\d{1,2})\.(\d{1,2})\.(?!\d)/g)) add(m, (x) => dateCommitment(Number(x[1]), Number(x[2]), undefined, x.index!, x.index! + x[0].length));
  for (const m of text.matchAll(/(?<![\d.,/])(\d{1,2})\/(\d{1,2})(?![\d/])/g)) add(m, (x) => dateCommitment(Number(x[1]), Number(x[2]), undefined, x.index!, x.index! + x[0].length));
  const months = monthNames(language);
  if (months.pattern) {
    const month = `(${months.pattern})\\.?`;
    const dayFirst = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|e|º|ª|\\.)?\\s?(?:de\\s|of\\s|th\\s)?${month}(?![\\p{L}])(?:,?\\s(?:de\\s)?(\\d{4}))?`, "giu");
    const monthFirst = new RegExp(`(?<![\\p{L}])${month}\\s(\\d{1,2})(?:st|nd|rd|th|\\.)?(?![\\d\\p{L}])(?:,?\\s(\\d{4}))?`, "giu");
    for (const m of text.matchAll(dayFirst)) add(m, (x) => dateCommitment(Number(x[1]), months.index.get(x[2].toLowerCase()) ?? 0, x[3], x.index!, x.index! + x[0].length));
    for (const m of text.matchAll(monthFirst)) add(m, (x) => dateCommitment(Number(x[2]), months.index.get(x[1].toLowerCase()) ?? 0, x[3], x.index!, x.index! + x[0].length));
  }
  return found;
}

function timeCommitment(hour: number, minute: number, meridiem: string | undefined, start: number, end: number): Commitment | null {
  let h = hour;
  const pm = meridiem !== undefined && /^(?:p|午後)/i.test(meridiem);
  const am = meridiem !== undefined && /^(?:a|午前)/i.test(meridiem);
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (h > 24 || minute > 59) return null;
  return { kind: "time", value: `${String(h).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, qualifier: null, start, end };
}

const MERIDIEM = String.raw`(a\.\s?m\.|p\.\s?m\.|am|pm)(?![\p{L}])`;

/** Reads times of day from `text` (ASCII shape), marking what it reads as taken. */
export function readTimes(text: string, taken: Taken): Commitment[] {
  const found: Commitment[] = [];
  const patterns: [RegExp, (m: RegExpMatchArray) => [number, number, string | undefined]][] = [
    [/(午前|午後)?\s?(\d{1,2})\s?時(?!間)(?:\s?(\d{1,2})\s?分|(半))?/gu, (m) => [Number(m[2]), m[4] ? 30 : Number(m[3] ?? 0), m[1]]],
    [new RegExp(String.raw`(?<![\d.,:])(\d{1,2})[:.](\d{2})(?:\s?${MERIDIEM})?(?:\s?(?:Uhr|uur|godz\.?))?(?![\d])`, "giu"), (m) => [Number(m[1]), Number(m[2]), m[3]]],
    [new RegExp(String.raw`(?<![\d.,:])(\d{1,2})\s?${MERIDIEM}`, "giu"), (m) => [Number(m[1]), 0, m[2]]],
    // "14 Uhr", "14 uur", "14h30"; a bare "24h" is a duration ("24h support"), not a time.
    [/(?<![\d.,:])(\d{1,2})\s?(?:Uhr|uur|godz\.?)(?:\s?(\d{2}))?(?![\p{L}\d])/gu, (m) => [Number(m[1]), Number(m[2] ?? 0), undefined]],
    [/(?<![\d.,:])(\d{1,2})\s?h\s?(\d{2})(?![\p{L}\d])/gu, (m) => [Number(m[1]), Number(m[2]), undefined]],
  ];
  for (const [pattern, parts] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!isFree(taken, start, end)) continue;
      // "3.50" is a number, not ten to four: a point only separates hours in front of "Uhr"/"uur" or am/pm.
      if (pattern === patterns[1][0] && m[0].includes(".") && !/[\p{L}]/u.test(m[0].slice(m[0].indexOf(".")))) continue;
      const [hour, minute, meridiem] = parts(m);
      const commitment = timeCommitment(hour, minute, meridiem, start, end);
      if (!commitment) continue;
      found.push(commitment);
      take(taken, start, end);
    }
  }
  return found;
}
