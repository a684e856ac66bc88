/**
 * The document a message is checked (server) and previewed (browser) in: the message HTML as the
 * body of a full HTML document whose root carries the variant's language and direction. One
 * builder for both, so the preview shows exactly what the gate checks.
 */
import { escapeHtml } from "@/lib/editor/render-html";
import { directionOf, type TextDirection } from "@/lib/locales/tags";

export type { TextDirection };

export interface MessageDocumentOptions {
  /** BCP 47 tag of the variant ("de-DE"); empty means none, which the check reports. */
  locale: string;
  /** Defaults to the locale's script direction. */
  dir?: TextDirection;
  /** Extra markup for <head> (the preview adds its Content-Security-Policy here). */
  head?: string;
}

/** The locale's direction; ltr for an empty or malformed tag (whose lang the check reports anyway). */
function directionOrLtr(locale: string): TextDirection {
  try {
    return directionOf(locale);
  } catch {
    return "ltr";
  }
}

export function buildMessageDocument(bodyHtml: string, { locale, dir, head = "" }: MessageDocumentOptions): string {
  const lang = locale.trim() === "" ? "" : ` lang="${escapeHtml(locale.trim())}"`;
  const direction = dir ?? directionOrLtr(locale);
  return (
    `<!DOCTYPE html><html${lang} dir="${direction}"><head><meta charset="utf-8">` +
    `<title>Message</title>${head}</head><body>${bodyHtml}</body></html>`
  );
}
