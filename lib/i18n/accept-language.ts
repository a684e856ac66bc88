import { isUiLanguage, type UiLanguage } from "./settings";

/** Longer than any sensible header; keeps parsing cheap on hostile input. */
const MAX_HEADER_LENGTH = 400;

/**
 * The UI language an Accept-Language header prefers most ("ja-JP,en;q=0.5" → ja): entries in the
 * order of their weight (q), refused ones (q=0) skipped, region ignored. Null when it names none.
 */
export function uiLanguageFromAcceptLanguage(header: string | null | undefined): UiLanguage | null {
  if (!header) return null;
  const entries = header
    .slice(0, MAX_HEADER_LENGTH)
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { base: tag.trim().toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return entries.map((entry) => entry.base).find(isUiLanguage) ?? null;
}
