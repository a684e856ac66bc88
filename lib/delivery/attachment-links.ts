/**
 * Short-lived download links for a render's files: the link names the file, the API key that
 * rendered it and an expiry, and carries an HMAC-SHA256 of the three under a key derived from the
 * server secret, so it works without the API key header (the sender's uploader may be another
 * process) yet only for that key, only until it expires, and only for that file. Pure: the server
 * supplies the secret and checks that the key is still active.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

export const ATTACHMENT_LINK_TTL_MS = 15 * 60 * 1000;
const PURPOSE = "permitted.attachment-link.v1";

function signature(secret: string, attachmentId: string, keyId: string, expires: number): string {
  const key = hmac(sha256, utf8ToBytes(secret), utf8ToBytes(PURPOSE));
  return bytesToHex(hmac(sha256, key, utf8ToBytes(`${attachmentId}\u0000${keyId}\u0000${expires}`)));
}

export function signAttachmentLink(input: { origin: string; secret: string; attachmentId: string; keyId: string; now: Date }): { downloadUrl: string; expiresAt: string } {
  const expires = Math.floor((input.now.getTime() + ATTACHMENT_LINK_TTL_MS) / 1000);
  const query = new URLSearchParams({ key: input.keyId, expires: String(expires), signature: signature(input.secret, input.attachmentId, input.keyId, expires) });
  return { downloadUrl: `${input.origin}/api/v1/attachments/${input.attachmentId}?${query}`, expiresAt: new Date(expires * 1000).toISOString() };
}

/** Constant-time comparison of two hex strings of equal length. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export type LinkVerdict = { ok: true; keyId: string } | { ok: false; reason: "invalid" | "expired" };

export function verifyAttachmentLink(input: { secret: string; attachmentId: string; query: URLSearchParams; now: Date }): LinkVerdict {
  const keyId = input.query.get("key") ?? "";
  const expiresText = input.query.get("expires") ?? "";
  const given = input.query.get("signature") ?? "";
  if (!/^[0-9a-f-]{36}$/i.test(keyId) || !/^\d{1,12}$/.test(expiresText) || !/^[0-9a-f]{64}$/.test(given)) return { ok: false, reason: "invalid" };
  const expires = Number(expiresText);
  if (!sameHex(signature(input.secret, input.attachmentId, keyId, expires), given)) return { ok: false, reason: "invalid" };
  if (input.now.getTime() > expires * 1000) return { ok: false, reason: "expired" };
  return { ok: true, keyId };
}
