/**
 * What identifies an exported file: one `<xliff>` per target locale (XLIFF 2.0 has one srcLang and
 * one trgLang per document), one `<file>` whose `original` names the template and version. `original`
 * is a core attribute every XLIFF 2 tool keeps, unlike module metadata that a tool may drop.
 */

export const XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
export const XLIFF_VERSION = "2.0";
export const FILE_ID = "f1";

const ORIGINAL_PATTERN = /^permitted\/templates\/([^/]+)\/versions\/(\d+)$/;

export function originalOf(templateKey: string, versionNumber: number): string {
  return `permitted/templates/${encodeURIComponent(templateKey)}/versions/${versionNumber}`;
}

export function parseOriginal(original: string | null): { templateKey: string; versionNumber: number } | null {
  const match = ORIGINAL_PATTERN.exec(original ?? "");
  if (!match) return null;
  try {
    return { templateKey: decodeURIComponent(match[1]), versionNumber: Number(match[2]) };
  } catch {
    return null;
  }
}

/** e.g. `delivery-appointment.v3.en-US_de-DE.xlf`: sortable, and says what is inside. */
export function xliffFileName(templateKey: string, versionNumber: number, sourceLocale: string, targetLocale: string): string {
  const safeKey = templateKey.replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${safeKey}.v${versionNumber}.${sourceLocale}_${targetLocale}.xlf`;
}

/** Locale codes compared as BCP 47 tags (case-insensitive, canonicalised when valid). */
export function sameLocale(a: string | null, b: string): boolean {
  if (a === null) return false;
  const canonical = (tag: string) => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? tag.toLowerCase();
    } catch {
      return tag.toLowerCase();
    }
  };
  return canonical(a.trim()) === canonical(b);
}
