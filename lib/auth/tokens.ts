import { createHash, randomBytes } from "node:crypto";

/** Invitation tokens and API keys are shown once and stored only as a SHA-256 hash. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
