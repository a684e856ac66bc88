import type { Database } from "@/db/client";
import { findApiKeyByHash, touchApiKey } from "@/db/queries/api-keys";
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

/**
 * The organisation behind `Authorization: Bearer <key>`: 401 missing_api_key, invalid_api_key
 * (unknown or malformed) or revoked_api_key. Looked up by hash on every request, never cached, so
 * that a revocation takes effect at once in every instance.
 */
export async function authenticateApiKey(db: Database, headers: Headers, now: Date): Promise<ApiKeyIdentity> {
  const key = bearerCredentials(headers.get("authorization"));
  if (!key) throw new ApiError("missing_api_key");
  if (!isWellFormedApiKey(key)) throw new ApiError("invalid_api_key");
  const row = await findApiKeyByHash(db, hashApiKey(key));
  if (!row) throw new ApiError("invalid_api_key");
  if (row.revokedAt) throw new ApiError("revoked_api_key", { prefix: row.prefix });
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchApiKey(db, row.id, now);
  }
  return { id: row.id, organisationId: row.organisationId, prefix: row.prefix };
}
