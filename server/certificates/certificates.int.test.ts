/**
 * Compliance certificates end to end: written when a version goes live, served with the JWKS and in
 * every render response, verified by `permitted verify` as users run it (a separate process on
 * files), across key rotation and a changed server secret. PGlite, or PostgreSQL with TEST_DATABASE_URL.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDatabase } from "@/db/testing";
import type { DatabaseHandle } from "@/db/client";
import { auditEvents, certificates } from "@/db/schema";
import { certificateOfVersion } from "@/db/queries/certificates";
import { listVariants } from "@/db/queries/templates";
import { storedCertificate, type Jwks, type SignedCertificate } from "@/lib/certificates/certificate";
import { verifyDocument } from "@/lib/certificates/verify";
import { certificateKeysSchema, renderResponseSchema } from "@/lib/delivery/responses";
import { POLICY_VERSION } from "@/lib/policy/version";
import { installAppDatabase, makeDeliveryOrganisation, publishNewVersion, publishTemplate, type DeliveryOrganisation, type PublishedTemplate } from "@/test/publish-fixture";
import { GET as keysRoute, POST as keysPost } from "@/app/api/v1/certificate-keys/route";
import { POST as renderRoute } from "@/app/api/v1/templates/[key]/render/route";
import { issueApiKey } from "@/server/api-keys/issue-api-key";
import { callRoute } from "@/server/api/testing";
import { rollbackToVersion } from "@/server/workflow/transitions";
import { rotateSigningKey } from "./rotate-signing-key";

let handle: DatabaseHandle;
let shop: DeliveryOrganisation;
let other: DeliveryOrganisation;
let key: string;
let otherKey: string;
let first: PublishedTemplate;
const ORDER = { order_id: "303-1234567-1234567", buyer_name: "Erika", seller_name: "Nordwind", product_name: "Flasche", delivery_window_start: "2025-03-24", delivery_window_end: "2025-03-28" };
const root = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "permitted-verify-"));

beforeAll(async () => {
  process.env.API_ACCESS_LOG = "off";
  handle = await createTestDatabase();
  installAppDatabase(handle);
  shop = await makeDeliveryOrganisation(handle.db, "Certified Shop");
  other = await makeDeliveryOrganisation(handle.db, "Other Shop");
  key = (await issueApiKey(shop.admin, "Sender")).key;
  otherKey = (await issueApiKey(other.admin, "Other sender")).key;
  first = await publishTemplate(shop, { name: "Delivery appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR"] });
  await publishTemplate(other, { name: "Other", purpose: "order-problem", sourceLocale: "en-US" });
});
afterAll(async () => {
  delete process.env.API_ACCESS_LOG;
  await handle?.close();
});

async function certificateOf(org: DeliveryOrganisation, versionId: string): Promise<SignedCertificate> {
  const row = await certificateOfVersion(handle.db, org.organisationId, versionId);
  if (!row) throw new Error(`no certificate for ${versionId}`);
  return storedCertificate(row);
}

async function keySet(apiKey = key): Promise<Jwks> {
  const result = await callRoute(keysRoute, { path: "/api/v1/certificate-keys", key: apiKey });
  expect(result.status, result.text).toBe(200);
  return certificateKeysSchema.parse(result.json);
}

async function render(templateKey: string, locale: string) {
  const result = await callRoute(renderRoute, { method: "POST", path: `/api/v1/templates/${templateKey}/render`, params: { key: templateKey }, key, body: { locale, order: ORDER } });
  expect(result.status, result.text).toBe(200);
  return renderResponseSchema.parse(result.json);
}

function verifyCli(document: unknown, keys: unknown) {
  const id = Math.random().toString(36).slice(2);
  const file = path.join(work, `${id}.json`);
  const keysFile = path.join(work, `${id}-keys.json`);
  writeFileSync(file, typeof document === "string" ? document : JSON.stringify(document, null, 2));
  writeFileSync(keysFile, JSON.stringify(keys));
  const result = spawnSync(process.execPath, ["--import", "tsx", "cli/permitted.ts", "verify", file, "--keys", keysFile], { cwd: root, encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("compliance certificates", () => {
  it("certifies what was published: every variant's hash, the checks, the sign-offs and the publisher", async () => {
    const signed = await certificateOf(shop, first.versionId);
    const { certificate } = signed;
    const variants = await listVariants(handle.db, shop.organisationId, first.versionId);
    expect(certificate.template).toEqual({ key: first.key, name: "Delivery appointment", purpose: "delivery-scheduling" });
    expect(certificate.version).toBe(first.number);
    expect(certificate.policyVersion).toBe(POLICY_VERSION);
    expect(certificate.spApiModelVersions.messaging).toBe("v1");
    expect(certificate.variants.map((v) => [v.locale, v.contentHash])).toEqual(
      variants.map((v) => [v.locale, v.contentHash]).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    expect(certificate.approvals.map((a) => a.approver.id)).toEqual([shop.approver.user.id]);
    expect(certificate.approvals[0].contentHash).toBe(certificate.versionContentHash);
    expect(certificate.publishedBy).toEqual({ id: shop.approver.user.id, name: shop.approver.user.name });
    // Warnings the author accepted are in it with their reasons.
    const acknowledged = certificate.variants.flatMap((v) => v.findings).filter((f) => f.acknowledgement);
    for (const finding of acknowledged) expect(finding.acknowledgement?.reason.length).toBeGreaterThan(0);
    // The audit trail names it.
    const [event] = await handle.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, shop.organisationId), eq(auditEvents.action, "version.published")));
    expect(event.data).toMatchObject({ certificateId: certificate.id });

    const jwks = await keySet();
    expect(jwks.keys).toHaveLength(1);
    expect(verifyDocument(JSON.parse(JSON.stringify(signed)), jwks)).toMatchObject({ valid: true, kind: "certificate" });
  });

  it("serves each organisation only its own keys, by GET only", async () => {
    const mine = await keySet();
    const theirs = await keySet(otherKey);
    expect(theirs.keys.map((k) => k.kid)).not.toContain(mine.keys[0].kid);
    expect(verifyDocument(await certificateOf(shop, first.versionId), theirs)).toMatchObject({ valid: false, reason: "unknown-key" });
    expect((await callRoute(keysRoute, { path: "/api/v1/certificate-keys" })).status).toBe(401);
    expect((await callRoute(keysPost, { method: "POST", path: "/api/v1/certificate-keys", key, body: {} })).status).toBe(405);
  });

  it("puts the certificate and the variant's hash in every render response", async () => {
    const jwks = await keySet();
    const response = await render(first.key, "de-AT");
    expect(response.locale).toBe("de-DE");
    expect(response.certificate?.certificate.id).toBe((await certificateOf(shop, first.versionId)).certificate.id);
    expect(verifyDocument(response, jwks)).toMatchObject({ valid: true, kind: "render-response", locale: "de-DE" });
    expect(verifyDocument({ ...response, contentHash: response.contentHash.replace(/^./, (c) => (c === "0" ? "1" : "0")) }, jwks)).toMatchObject({ valid: false, reason: "hash-mismatch" });
  });

  it("refuses changes to a certificate in the database", async () => {
    await expect(handle.db.update(certificates).set({ signature: "x" }).where(eq(certificates.versionId, first.versionId))).rejects.toThrow();
    await expect(handle.db.delete(certificates).where(eq(certificates.versionId, first.versionId))).rejects.toThrow();
    const [{ count }] = await handle.db.select({ count: sql<number>`count(*)::int` }).from(certificates).where(eq(certificates.versionId, first.versionId));
    expect(count).toBe(1);
  });

  it("keeps old certificates verifiable across a key rotation and a changed server secret", async () => {
    const before = await certificateOf(shop, first.versionId);
    const rotated = await rotateSigningKey(shop.admin);
    expect(rotated.retiredKid).toBe(before.signature.kid);
    await expect(rotateSigningKey(shop.author)).rejects.toThrow();
    const second = await publishNewVersion(shop, first, { name: "Delivery appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR"] });
    const after = await certificateOf(shop, second.versionId);
    expect(after.signature.kid).toBe(rotated.kid);
    const jwks = await keySet();
    expect(jwks.keys.map((k) => k.kid)).toEqual([before.signature.kid, rotated.kid]);
    expect(verifyDocument(before, jwks).valid).toBe(true);
    expect(verifyDocument(after, jwks).valid).toBe(true);

    // AUTH_SECRET changed: the sealed key cannot be opened, so it is retired and a new one signs.
    const secret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-server-secret-0123456789abcdefghij";
    try {
      const third = await publishNewVersion(shop, second, { name: "Delivery appointment", purpose: "delivery-scheduling", sourceLocale: "en-US", targetLocales: ["de-DE", "fr-FR"] });
      const latest = await certificateOf(shop, third.versionId);
      expect([before.signature.kid, rotated.kid]).not.toContain(latest.signature.kid);
      const all = await keySet();
      for (const signed of [before, after, latest]) expect(verifyDocument(signed, all).valid).toBe(true);
    } finally {
      process.env.AUTH_SECRET = secret;
    }
  });

  it("keeps a version's first certificate when it goes live again by rollback", async () => {
    const original = await certificateOf(shop, first.versionId);
    await rollbackToVersion(shop.approver, first.versionId);
    expect((await certificateOf(shop, first.versionId)).certificate.id).toBe(original.certificate.id);
    const response = await render(first.key, "fr-FR");
    expect(response.version).toBe(first.number);
    expect(response.certificate?.certificate.id).toBe(original.certificate.id);
  });

  it("verifies from the command line: 0 valid, 1 invalid with the reason, 2 unreadable", async () => {
    const jwks = await keySet();
    const response = await render(first.key, "en-US");
    const signed = await certificateOf(shop, first.versionId);

    const valid = verifyCli(signed, jwks);
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toContain(signed.certificate.id);
    expect(verifyCli(response, jwks).code).toBe(0);

    // One byte of the certificate's text changed (a digit of a hash), as a file would be edited.
    const text = JSON.stringify(signed, null, 2);
    const at = text.indexOf(signed.certificate.versionContentHash) + 5;
    const tampered = `${text.slice(0, at)}${text[at] === "0" ? "1" : "0"}${text.slice(at + 1)}`;
    const badSignature = verifyCli(tampered, jwks);
    expect(badSignature.code).toBe(1);
    expect(badSignature.stdout).toMatch(/invalid: the signature does not match/);

    const badHash = verifyCli({ ...response, contentHash: "0".repeat(64) }, jwks);
    expect(badHash.code).toBe(1);
    expect(badHash.stdout).toContain("is not the certified");

    const unreadable = verifyCli("{ not json", jwks);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("is not JSON");
    const noKeys = spawnSync(process.execPath, ["--import", "tsx", "cli/permitted.ts", "verify", path.join(work, "missing.json")], { cwd: root, encoding: "utf8" });
    expect(noKeys.status).toBe(2);
  });
});
