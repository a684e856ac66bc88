/**
 * Entity tags for GET responses (RFC 9110 §8.8.3, §13.1.2): a strong tag from a hash of the exact
 * body, so equal bodies always have equal tags in every instance, and If-None-Match with the weak
 * comparison that GET revalidation uses.
 */
import { createHash } from "node:crypto";

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function opaque(tag: string): string {
  return tag.startsWith("W/") ? tag.slice(2) : tag;
}

/** True when an If-None-Match header names this tag (or is "*"): answer 304 Not Modified. */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const wanted = opaque(etag);
  return header.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || opaque(tag) === wanted;
  });
}
