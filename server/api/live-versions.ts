import type { Database } from "@/db/client";
import { versionVariants } from "@/db/queries/delivery";
import { prepareLiveVersion, type LiveVersion } from "@/lib/delivery/live-template";

/**
 * Prepared published versions by version id, in this process. A published version's content never
 * changes (database triggers refuse it), so an entry is never stale and instances need not agree;
 * which version is live is still read from the database on every request. Bounded: the least
 * recently used version is dropped first.
 */
const MAX_CACHED_VERSIONS = 1000;
const cache = new Map<string, Promise<LiveVersion>>();

export function cachedVersionCount(): number {
  return cache.size;
}

export async function loadLiveVersion(db: Database, ref: { versionId: string; number: number; purpose: string }): Promise<LiveVersion> {
  const hit = cache.get(ref.versionId);
  if (hit) {
    cache.delete(ref.versionId); // re-inserted below: Map order is the recency order
    cache.set(ref.versionId, hit);
    return hit;
  }
  const loading = versionVariants(db, ref.versionId).then((variants) => prepareLiveVersion({ ...ref, variants }));
  cache.set(ref.versionId, loading);
  loading.catch(() => cache.delete(ref.versionId)); // a failed load is retried by the next request
  if (cache.size > MAX_CACHED_VERSIONS) cache.delete(cache.keys().next().value as string);
  return loading;
}
