import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets kept at rest (the authenticator app's key): AES-256-GCM under a key derived from the
 * server secret, so a database dump alone does not give them away. The output is
 * "v1.<iv>.<tag>.<ciphertext>" in base64url.
 */
function key(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "permitted", "secret-box v1", 32));
}

export function seal(plain: string, serverSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(serverSecret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plain text, or null when the box was not sealed with this secret or was altered. */
export function open(sealed: string, serverSecret: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(serverSecret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
