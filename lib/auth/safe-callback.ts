/** Where a sign-in or a switch of organisation lands when no (safe) target is given. */
export const HOME_PATH = "/templates";

/** Control characters and whitespace: browsers drop tabs and newlines from URLs ("/\t/evil.example"). */
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f\u00a0\u2028\u2029\ufeff]/u;

/**
 * Only a path on this site may be a redirect target, so that a crafted link cannot send a user who
 * signs in elsewhere. Browsers read "/\evil.example" and "/<tab>/evil.example" as "//evil.example",
 * a link to another host, so a backslash, whitespace or a control character anywhere is refused,
 * and what is left must resolve to this origin.
 */
export function safeCallback(target: string | undefined | null): string {
  if (!target || !target.startsWith("/") || UNSAFE_CHARACTERS.test(target) || target.includes("\\")) return HOME_PATH;
  if (target.startsWith("//")) return HOME_PATH;
  const base = "https://studio.invalid";
  try {
    const url = new URL(target, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : HOME_PATH;
  } catch {
    return HOME_PATH;
  }
}
