/**
 * What a link or image URL must look like to be kept. Shared by the schema's parse/render rules,
 * the editor's dialogs and the normaliser, so the three can never disagree.
 */

/** Largest image width Amazon accepts in buyer messages, as a percentage of the message width. */
export const MAX_IMAGE_WIDTH_PERCENT = 80;

/** Why a URL was refused; doubles as the change kind the normaliser reports. */
export type LinkProblem = "insecure-link" | "disallowed-link";
export type ImageProblem = "insecure-image" | "data-image" | "gif";

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Cleans an href as written in HTML (surrounding whitespace) without changing its meaning, so that
 * a value stored once is stable when parsed again.
 */
export function cleanUrl(value: string): string {
  return value.trim();
}

/** Null when the href may be kept: absolute https URL with a host and no embedded credentials. */
export function linkProblem(href: unknown): LinkProblem | null {
  if (typeof href !== "string") return "disallowed-link";
  const value = cleanUrl(href);
  const url = parseUrl(value);
  if (!url || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return "disallowed-link";
  if (url.protocol === "http:") return "insecure-link";
  if (url.protocol !== "https:" || !url.hostname || url.username || url.password) return "disallowed-link";
  // Whitespace or control characters inside a URL are a classic way to hide a scheme from filters.
  if (/[\s\p{Cc}]/u.test(value)) return "disallowed-link";
  return null;
}

export function isAllowedHref(href: unknown): href is string {
  return linkProblem(href) === null;
}

/** Null when the src may be kept: https, not inline data, not an animated GIF. */
export function imageProblem(src: unknown): ImageProblem | null {
  if (typeof src !== "string") return "insecure-image";
  const value = cleanUrl(src);
  if (/^data:/i.test(value)) return "data-image";
  const url = parseUrl(value);
  if (!url || url.protocol !== "https:" || !url.hostname || url.username || url.password) return "insecure-image";
  if (/[\s\p{Cc}]/u.test(value)) return "insecure-image";
  if (/\.gif$/i.test(url.pathname)) return "gif";
  return null;
}

export function isAllowedImageSrc(src: unknown): src is string {
  return imageProblem(src) === null;
}

/** Alt text is required: an image without a description is refused rather than guessed at. */
export function isUsableAlt(alt: unknown): alt is string {
  return typeof alt === "string" && alt.trim().length > 0;
}

/**
 * Reads a width written as "50%" (attribute or CSS). Pixel widths cannot be turned into a share of
 * the message width, so they give null (the caller uses the default).
 */
export function parsePercentWidth(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (!match) return null;
  const percent = Math.round(Number(match[1]));
  return percent >= 1 ? percent : null;
}

/** A width the schema accepts: integer percentage 1..80. */
export function isAllowedImageWidth(width: unknown): width is number {
  return typeof width === "number" && Number.isInteger(width) && width >= 1 && width <= MAX_IMAGE_WIDTH_PERCENT;
}
