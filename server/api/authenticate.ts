import type { Database } from "@/db/client";
import { findApiKeyByHash, touchApiKey } from "@/db/queries/api-keys";
import { findKeyWithLiveVersion, type LiveVersionRef } from "@/db/queries/delivery";
import { ApiError } from "@/lib/delivery/api-errors";
import { bearerCredentials, hashApiKey, isWellFormedApiKey } from "@/lib/delivery/api-key";

export interface ApiKeyIdentity {
  id: string;
  organisationId: string;
  prefix: string;
}

/**
 * "Last used" is shown to admins with minute precision; writing it on every request would turn
 * every read into a write. It is written when the stored time is older than this.
 */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface Authenticated {
  identity: ApiKeyIdentity;
  /** Only when a template key was given: its live version in the key's organisation, or null. */
  liveVersion?: LiveVersionRef | null;
}

/**
 * The organisation behind `Authorization: Bearer <key>`: 401 missing_api_key, invalid_api_key
 * (unknown or malformed) or revoked_api_key. Looked up by hash on every request, never cached, so
 * that a revocation takes effect at once in every instance. With `templateKey`, the template's
 * live version comes with it from the same query.
 */
export async function authenticateApiKey(db: Database, headers: Headers, now: Date, templateKey?: string): Promise<Authenticated> {
  const key = bearerCredentials(headers.get("authorization"));
  if (!key) throw new ApiError("missing_api_key");
  if (!isWellFormedApiKey(key)) throw new ApiError("invalid_api_key");
  const hash = hashApiKey(key);
  let row;
  let liveVersion: LiveVersionRef | null | undefined;
  if (templateKey === undefined) {
    row = await findApiKeyByHash(db, hash);
  } else {
    const found = await findKeyWithLiveVersion(db, hash, templateKey);
    row = found?.key;
    liveVersion = found?.liveVersion;
  }
  if (!row) throw new ApiError("invalid_api_key");
  if (row.revokedAt) throw new ApiError("revoked_api_key", { prefix: row.prefix });
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchApiKey(db, row.id, now);
  }
  return { identity: { id: row.id, organisationId: row.organisationId, prefix: row.prefix }, ...(liveVersion !== undefined ? { liveVersion } : {}) };
}
