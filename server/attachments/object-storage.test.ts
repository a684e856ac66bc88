/**
 * The S3-compatible store against a local stand-in for an object store (node:http): objects are
 * written and read by organisation and hash with Signature Version 4 requests whose payload hash
 * is the body's; a missing object reads as null; a refusal is an error, never a silent success;
 * and a stored file that no longer matches its hash is not served.
 */
import { createServer, type Server } from "node:http";
import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "@/db/client";
import { objectStorage } from "./object-storage";
import { attachmentStorage, readVerifiedFile } from "./storage";

const objects = new Map<string, Buffer>();
const seen: { method: string; url: string; authorization: string; payloadHash: string; bodyHash: string }[] = [];
let refuse = false;
let server: Server;
let bucketUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      seen.push({
        method: request.method ?? "",
        url: request.url ?? "",
        authorization: String(request.headers.authorization ?? ""),
        payloadHash: String(request.headers["x-amz-content-sha256"] ?? ""),
        bodyHash: createHash("sha256").update(body).digest("hex"),
      });
      if (refuse) return void response.writeHead(403).end("<Error><Code>AccessDenied</Code></Error>");
      if (request.method === "PUT") {
        objects.set(request.url ?? "", body);
        return void response.writeHead(200).end();
      }
      const stored = objects.get(request.url ?? "");
      if (!stored) return void response.writeHead(404).end("<Error><Code>NoSuchKey</Code></Error>");
      response.writeHead(200, { "content-type": "application/octet-stream" }).end(stored);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  bucketUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/files`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  refuse = false;
  for (const name of ["ATTACHMENT_STORAGE_URL", "ATTACHMENT_STORAGE_ACCESS_KEY_ID", "ATTACHMENT_STORAGE_SECRET_ACCESS_KEY", "ATTACHMENT_STORAGE_REGION"]) delete process.env[name];
});

const executor = {} as Executor; // object storage never touches the database
const organisationId = "6b1f0d2e-3c4a-4b5d-8e6f-7a8b9c0d1e2f";
const bytes = new TextEncoder().encode("%PDF-1.7 warranty card");
const hash = createHash("sha256").update(bytes).digest("hex");

describe("object storage", () => {
  it("writes and reads a file by organisation and hash with signed requests", async () => {
    const store = objectStorage({ bucketUrl, region: "eu-central-1", accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" });
    await store.put(executor, organisationId, hash, bytes);
    const put = seen.at(-1)!;
    expect(put).toMatchObject({ method: "PUT", url: `/files/${organisationId}/${hash}` });
    expect(put.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/s3\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/);
    // The payload is signed, not sent as UNSIGNED-PAYLOAD.
    expect(put.payloadHash).toBe(put.bodyHash);
    expect(await store.get(executor, organisationId, hash)).toEqual(bytes);
    expect(await store.get(executor, organisationId, "0".repeat(64))).toBeNull();
  });

  it("reports a refusal as an error", async () => {
    const store = objectStorage({ bucketUrl, region: "eu-central-1", accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wrong" });
    refuse = true;
    await expect(store.put(executor, organisationId, hash, bytes)).rejects.toThrow(/403/);
    await expect(store.get(executor, organisationId, hash)).rejects.toThrow(/403/);
  });

  it("is the store when configured, and never serves a file that no longer matches its hash", async () => {
    process.env.ATTACHMENT_STORAGE_URL = bucketUrl;
    process.env.ATTACHMENT_STORAGE_ACCESS_KEY_ID = "AKIDEXAMPLE";
    process.env.ATTACHMENT_STORAGE_SECRET_ACCESS_KEY = "secret";
    await attachmentStorage().put(executor, organisationId, hash, bytes);
    expect(await readVerifiedFile(executor, organisationId, hash)).toEqual(bytes);
    objects.set(`/files/${organisationId}/${hash}`, Buffer.from("%PDF-1.7 changed"));
    await expect(readVerifiedFile(executor, organisationId, hash)).rejects.toThrow(/no longer matches/);
  });
});
