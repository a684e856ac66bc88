import "server-only";
import type { Executor } from "@/db/client";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { getBlob, putBlob } from "@/db/queries/attachments";
import { setting } from "@/lib/config/env";
import { objectStorage } from "./object-storage";

/**
 * Where attachment files live, by organisation and SHA-256. The database is the default, so the
 * embedded setup (PGlite) keeps working with nothing else to run; ATTACHMENT_STORAGE_URL (with its
 * region and key, lib/config/env.ts) points it at S3-compatible object storage. Files
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

/** The configured store; read per call, so a changed setting (tests, operators) takes effect at once. */
export function attachmentStorage(): AttachmentStorage {
  const bucketUrl = setting("ATTACHMENT_STORAGE_URL");
  const accessKeyId = setting("ATTACHMENT_STORAGE_ACCESS_KEY_ID");
  const secretAccessKey = setting("ATTACHMENT_STORAGE_SECRET_ACCESS_KEY");
  if (!bucketUrl || !accessKeyId || !secretAccessKey) return databaseStorage;
  return objectStorage({ bucketUrl, accessKeyId, secretAccessKey, region: setting("ATTACHMENT_STORAGE_REGION") ?? "us-east-1" });
}

/**
 * A stored file's bytes, refused unless they still hash to the recorded SHA-256: what goes to a
 * reviewer or a buyer is exactly what was approved, wherever it was kept.
 */
export async function readVerifiedFile(executor: Executor, organisationId: string, recordedSha256: string): Promise<Uint8Array | null> {
  const bytes = await attachmentStorage().get(executor, organisationId, recordedSha256);
  if (bytes && bytesToHex(sha256(bytes)) !== recordedSha256) throw new Error(`stored file ${recordedSha256} no longer matches its hash`);
  return bytes;
}
