/**
 * What the styling rules measure in raw HTML and text: alignment, sizes, margins, image tags,
 * emoji ranges, visible text and runs of blank lines. Pure functions, no rule knowledge.
 */
import { containsEmoji } from "@/lib/editor/emoji";
import { directionOf } from "@/lib/locales/tags";
import { attribute, type CssDeclaration, type HtmlScan, type HtmlTag } from "../html-scan";

export const NEUTRAL_VALUE = /^(?:inherit|initial|unset|revert|normal)\s*(?:!important)?$/i;

export function isRtl(locale: string): boolean {
  try {
    return directionOf(locale) === "rtl";
  } catch {
    return false;
  }
}

/** Alignment that is the default for the text direction, so not an override. */
export function isDefaultAlignment(value: string, rtl: boolean): boolean {
  const v = value.trim().toLowerCase().replace(/\s*!important$/, "");
  if (NEUTRAL_VALUE.test(v) || v === "start") return true;
  return rtl ? v === "right" : v === "left";
}

/** Percentages in a CSS value ("0 25%" → [25]). */
export function percentages(value: string): number[] {
  return [...value.matchAll(/(-?\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
}

/** Pixel size of a width/height attribute or CSS length, or null when not absolute pixels. */
export function pixels(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*(?:!important)?\s*$/i.exec(value);
  return match ? Number(match[1]) : null;
}

export function imageTags(html: HtmlScan): HtmlTag[] {
  return html.tags.filter((tag) => !tag.closing && tag.name === "img");
}

export function imageDeclarations(html: HtmlScan, tag: HtmlTag): CssDeclaration[] {
  return html.declarations.filter((d) => d.tag === tag);
}

/** Normalised size keys, to count how many different text sizes a message uses. */
export function sizeKeys(html: HtmlScan): { key: string; start: number; end: number }[] {
  const keys: { key: string; start: number; end: number }[] = [];
  for (const d of html.declarations) {
    if ((d.property === "font-size" || d.property === "mso-ansi-font-size") && !NEUTRAL_VALUE.test(d.value)) {
      keys.push({ key: `css:${d.value.toLowerCase().replace(/\s+|!important/g, "")}`, start: d.start, end: d.end });
    }
  }
  for (const tag of html.tags) {
    if (tag.closing) continue;
    if (/^h[1-6]$/.test(tag.name)) keys.push({ key: `heading:${tag.name}`, start: tag.start, end: tag.end });
    if (tag.name === "big" || tag.name === "small") keys.push({ key: `tag:${tag.name}`, start: tag.start, end: tag.end });
    const size = tag.name === "font" ? attribute(tag, "size") : undefined;
    if (size && size.trim() !== "3") keys.push({ key: `font:${size.trim()}`, start: tag.start, end: tag.end });
  }
  return keys.sort((a, b) => a.start - b.start);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/**
 * Every character an emoji (by the editor's definition) can contain at least one of; a cheap
 * single-property scan that finds the few places worth the full, much slower, emoji test.
 */
const EMOJI_CANDIDATE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\uFE0F\u20E3\u{E0020}-\u{E007F}]/gu;

/** Emoji by the editor's definition (lib/editor/emoji), located grapheme by grapheme. */
export function emojiRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const segments = graphemes.segment(text);
  let checkedUpTo = -1;
  for (const candidate of text.matchAll(EMOJI_CANDIDATE)) {
    if (candidate.index < checkedUpTo) continue;
    const grapheme = segments.containing(candidate.index);
    if (!grapheme) continue;
    checkedUpTo = grapheme.index + grapheme.segment.length;
    if (!containsEmoji(grapheme.segment)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.end === grapheme.index) last.end = checkedUpTo;
    else ranges.push({ start: grapheme.index, end: checkedUpTo });
  }
  return ranges;
}

/** Parts of raw HTML a reader sees as text (outside tags, comments, style and script). */
export function visibleHtmlText(source: string): string {
  return source.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<[^>]*>/gi, (part) => " ".repeat(part.length));
}

/** Runs of three or more newlines (blank lines may hold spaces) that have text on both sides. */
export function interiorBreakRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/\n(?:[^\S\n]*\n){2,}/g)) {
    if (text.slice(0, m.index).trim() === "" || text.slice(m.index + m[0].length).trim() === "") continue;
    runs.push({ start: m.index, end: m.index + m[0].length });
  }
  return runs;
}

/** Whether an HTML fragment shows any text (tags, comments and entities for spaces ignored). */
export function hasText(fragment: string): boolean {
  return /[^\s]/.test(fragment.replace(/<!--[\s\S]*?-->|<[^>]*>|&nbsp;|&#160;/gi, ""));
}
