import "server-only";
import { AwsClient } from "aws4fetch";
import type { AttachmentStorage } from "./storage";

export interface ObjectStorageConfig {
  /** The bucket's URL, path style: https://s3.eu-central-1.amazonaws.com/my-bucket. */
  bucketUrl: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Files in S3-compatible object storage (AWS S3, MinIO, Ceph, R2), one object per organisation and
 * hash (`<organisation>/<sha256>`), requests signed with AWS Signature Version 4 by aws4fetch (a
 * small, dependency-free signer; the AWS SDK would be a hundred times its size for two calls).
 * Objects are written before the database row that names them commits: a rolled-back upload leaves
 * an unreferenced object, never a row without its file.
 */
export function objectStorage(config: ObjectStorageConfig): AttachmentStorage {
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: "s3" });
  const base = config.bucketUrl.replace(/\/+$/, "");
  const objectUrl = (organisationId: string, sha256: string) => `${base}/${encodeURIComponent(organisationId)}/${encodeURIComponent(sha256)}`;
  return {
    async put(_executor, organisationId, sha256, bytes) {
      // The payload hash is signed (the object's name is that hash): the store refuses bytes changed on the way.
      const response = await client.fetch(objectUrl(organisationId, sha256), {
        method: "PUT",
        body: new Uint8Array(bytes),
        headers: { "content-type": "application/octet-stream", "x-amz-content-sha256": sha256 },
      });
      if (!response.ok) throw new Error(`object storage refused the file (${response.status} ${response.statusText})`);
    },
    async get(_executor, organisationId, sha256) {
      const response = await client.fetch(objectUrl(organisationId, sha256), { method: "GET" });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`object storage did not return the file (${response.status} ${response.statusText})`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
