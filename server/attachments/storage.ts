import "server-only";
import type { Executor } from "@/db/client";
import { getBlob, putBlob } from "@/db/queries/attachments";

/**
 * Where attachment files live, by organisation and SHA-256. The database is the default, so the
 * embedded setup (PGlite) keeps working with nothing else to run; a deployment can supply another
 * implementation (S3-compatible object storage) through `setAttachmentStorage` at start-up. Files
 * are content-addressed, so a store never needs to update or delete in place, and a file written
 * by a transaction that then rolls back is an unreferenced blob, never a wrong one.
 */
export interface AttachmentStorage {
  put(executor: Executor, organisationId: string, sha256: string, bytes: Uint8Array): Promise<void>;
  get(executor: Executor, organisationId: string, sha256: string): Promise<Uint8Array | null>;
}

export const databaseStorage: AttachmentStorage = {
  put: (executor, organisationId, sha256, bytes) => putBlob(executor, { organisationId, sha256, bytes }),
  get: (executor, organisationId, sha256) => getBlob(executor, organisationId, sha256),
};

let current: AttachmentStorage = databaseStorage;

export function attachmentStorage(): AttachmentStorage {
  return current;
}

/** For a deployment's start-up code: keep files elsewhere than the database. */
export function setAttachmentStorage(storage: AttachmentStorage): void {
  current = storage;
}
