import type { Database } from "@/db/client";
import { versionContent, type LiveVersionRef } from "@/db/queries/delivery";
import { certificateOfPublishedVersion } from "@/db/queries/certificates";
import { storedCertificate } from "@/lib/certificates/certificate";
import { prepareLiveVersion, type LiveVersion } from "@/lib/delivery/live-template";

/**
 * Prepared published versions by version id, in this process. A published version's content never
 * changes (database triggers refuse it), so an entry is never stale and instances need not agree;
 * which version is live is still read from the database on every request. Bounded: the least
 * recently used version is dropped first. A version that was never published is not served and
 * not remembered.
 */
const MAX_CACHED_VERSIONS = 1000;
const cache = new Map<string, Promise<LiveVersion | null>>();

export function cachedVersionCount(): number {
  return cache.size;
}

export async function loadLiveVersion(db: Database, ref: LiveVersionRef): Promise<LiveVersion | null> {
  // The purpose belongs to the template, not the version: part of the key so a change shows at once.
  const key = `${ref.versionId}:${ref.purpose}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-inserted below: Map order is the recency order
    cache.set(key, hit);
    return hit;
  }
  const loading = Promise.all([versionContent(db, ref.versionId), certificateOfPublishedVersion(db, ref.versionId)]).then(([content, certificate]) =>
    content
      ? prepareLiveVersion({ versionId: ref.versionId, number: content.number, purpose: ref.purpose, variants: content.variants, certificate: certificate && storedCertificate(certificate) })
      : null,
  );
  cache.set(key, loading);
  // A failed load, or a version that is not published, is asked again by the next request.
  loading.then((version) => version ?? cache.delete(key), () => cache.delete(key));
  if (cache.size > MAX_CACHED_VERSIONS) cache.delete(cache.keys().next().value as string);
  return loading;
}
