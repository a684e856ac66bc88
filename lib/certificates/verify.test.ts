import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/workflow/content-hash";
import { CERTIFICATE_FORMAT, publicJwk, type CertificatePayload, type SignedCertificate } from "./certificate";
import { exampleCertificate, exampleKeySet } from "./example";
import { generateSigningKeyPair, signCertificate } from "./signing";
import { parseJwks, verifyDocument } from "./verify";

const HASH_A = "a".repeat(64);
const HASH_B = "b".repeat(64);

function payload(overrides: Partial<CertificatePayload> = {}): CertificatePayload {
  return {
    format: CERTIFICATE_FORMAT,
    id: "0b8f6a52-3c1e-4d7a-b2f9-5e6d7c8a9b01",
    organisation: { id: "8d3e4c1a-2b5f-4e6d-9a7c-1f2e3d4c5b6a", name: "Shop" },
    template: { key: "delivery", name: "Delivery", purpose: "delivery-scheduling" },
    version: 2,
    event: "publish",
    policyVersion: "2025.3.59",
    spApiModelVersions: { messaging: "v1", solicitations: "v1" },
    versionContentHash: HASH_A,
    variants: [
      { locale: "de-DE", isSource: false, contentHash: HASH_B, findings: [{ ruleId: "x", severity: "warning", excerpt: "Ü", acknowledgement: { by: "Ann", at: "2026-01-01T00:00:00.000Z", reason: "ok" } }] },
      { locale: "en-US", isSource: true, contentHash: HASH_A, findings: [] },
    ],
    approvals: [{ approver: { id: "5b2a1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Priya" }, at: "2026-01-01T00:00:00.000Z", contentHash: HASH_A }],
    publishedBy: { id: "5b2a1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Priya" },
    publishedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

const key = generateSigningKeyPair();
const jwks = { keys: [publicJwk(key.kid, key.publicKey)] };
const signed = signCertificate(payload(), key);
/** Through JSON as a file or HTTP body would carry it. */
const carried = (value: unknown) => JSON.parse(JSON.stringify(value)) as SignedCertificate;

describe("certificate verification", () => {
  it("accepts a signed certificate however its JSON is laid out, and refuses any change to it", () => {
    expect(verifyDocument(carried(signed), jwks)).toMatchObject({ valid: true, kind: "certificate" });
    // Key order and whitespace are not content: the signature covers the canonical form.
    const reordered = JSON.parse(JSON.stringify({ signature: signed.signature, certificate: JSON.parse(canonicalJson(signed.certificate)) }, null, 2));
    expect(verifyDocument(reordered, jwks).valid).toBe(true);
    for (const change of [
      (c: CertificatePayload) => (c.version = 3),
      (c: CertificatePayload) => (c.variants[0].contentHash = HASH_A),
      (c: CertificatePayload) => (c.variants[0].findings[0].acknowledgement = null),
      (c: CertificatePayload) => (c.publishedBy.name = "Priyb"),
      (c: CertificatePayload) => c.approvals.pop(),
    ]) {
      const tampered = carried(signed);
      change(tampered.certificate);
      expect(verifyDocument(tampered, jwks)).toMatchObject({ valid: false, reason: "bad-signature", kid: key.kid });
    }
    const badSignature = carried(signed);
    badSignature.signature.value = `${badSignature.signature.value[0] === "A" ? "B" : "A"}${badSignature.signature.value.slice(1)}`;
    expect(verifyDocument(badSignature, jwks)).toMatchObject({ valid: false, reason: "bad-signature" });
  });

  it("names a key that is not in the set, and refuses a key that did not sign", () => {
    const other = generateSigningKeyPair();
    expect(verifyDocument(carried(signed), { keys: [publicJwk(other.kid, other.publicKey)] })).toMatchObject({ valid: false, reason: "unknown-key", kid: key.kid });
    // The right kid with another key's material: what a forged key set would look like.
    expect(verifyDocument(carried(signed), { keys: [publicJwk(key.kid, other.publicKey)] })).toMatchObject({ valid: false, reason: "bad-signature" });
  });

  it("checks a render response's template, version, locale and content hash against its certificate", () => {
    const response = { template: "delivery", version: 2, locale: "de-DE", contentHash: HASH_B, subject: "s", text: "t", certificate: signed };
    expect(verifyDocument(carried(response), jwks)).toMatchObject({ valid: true, kind: "render-response", locale: "de-DE" });
    expect(verifyDocument({ ...carried(response), contentHash: HASH_A }, jwks)).toMatchObject({ valid: false, reason: "hash-mismatch", locale: "de-DE" });
    expect(verifyDocument({ ...carried(response), locale: "fr-FR" }, jwks)).toMatchObject({ valid: false, reason: "locale-not-certified" });
    expect(verifyDocument({ ...carried(response), version: 1 }, jwks)).toMatchObject({ valid: false, reason: "version-mismatch" });
    expect(verifyDocument({ ...carried(response), template: "other" }, jwks)).toMatchObject({ valid: false, reason: "template-mismatch" });
    expect(verifyDocument({ ...carried(response), certificate: null }, jwks)).toMatchObject({ valid: false, reason: "no-certificate" });
  });

  it("says what is wrong with something that is no certificate or key set", () => {
    expect(verifyDocument({ hello: 1 }, jwks)).toMatchObject({ valid: false, reason: "not-a-certificate" });
    expect(verifyDocument([], jwks)).toMatchObject({ valid: false, reason: "not-a-certificate" });
    expect(parseJwks({ keys: [{ kty: "RSA", n: "x", e: "AQAB", kid: "k" }] }).ok).toBe(false);
    expect(parseJwks({ keys: [] })).toEqual({ ok: true, jwks: { keys: [] } });
  });

  it("signs the documentation's example so that it verifies with the example key set", () => {
    const example = exampleCertificate({ id: "0b8f6a52-3c1e-4d7a-b2f9-5e6d7c8a9b01", templateKey: "k", templateName: "K", purpose: "warranty", version: 1, variants: [{ locale: "en-US", contentHash: HASH_A }], publishedAt: "2025-01-01T00:00:00.000Z" });
    expect(verifyDocument(carried(example), exampleKeySet()).valid).toBe(true);
    // Deterministic: the OpenAPI document is the same in every process.
    expect(exampleCertificate({ id: "0b8f6a52-3c1e-4d7a-b2f9-5e6d7c8a9b01", templateKey: "k", templateName: "K", purpose: "warranty", version: 1, variants: [{ locale: "en-US", contentHash: HASH_A }], publishedAt: "2025-01-01T00:00:00.000Z" })).toEqual(example);
  });
});
