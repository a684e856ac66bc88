/**
 * API keys as the seller's sending system holds them: `pmt_` and 43 base64url characters (32
 * random bytes). Only the SHA-256 hash is stored; the first characters (the prefix) identify a key
 * in lists and logs without revealing it.
 */
import { hashToken, newToken } from "@/lib/auth/tokens";

export const API_KEY_SCHEME = "pmt_";
const KEY_BYTES = 32;
/** "pmt_" plus 8 characters: 48 bits, enough to tell keys apart, far too few to guess one. */
export const API_KEY_PREFIX_LENGTH = API_KEY_SCHEME.length + 8;
const API_KEY_PATTERN = /^pmt_[A-Za-z0-9_-]{43}$/;

export interface NewApiKey {
  /** Shown once, never stored. */
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const key = `${API_KEY_SCHEME}${newToken(KEY_BYTES)}`;
  return { key, prefix: apiKeyPrefix(key), hash: hashApiKey(key) };
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX_LENGTH);
}

export const hashApiKey = hashToken;

/** True when the string has the shape of a key we issue: anything else needs no database lookup. */
export function isWellFormedApiKey(key: string): boolean {
  return API_KEY_PATTERN.test(key);
}

/**
 * The credentials of an `Authorization: Bearer <key>` header (RFC 6750; the scheme is
 * case-insensitive). Undefined when the header is absent or uses another scheme.
 */
export function bearerCredentials(authorization: string | null): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization);
  return match?.[1];
}
