/**
 * The compliance certificate of a published version, as one zod schema per wire shape: what the
 * studio signs at publication, what the delivery API hands out with every render, what the JWKS
 * endpoint serves and what `permitted verify` reads. The signature covers the canonical JSON of
 * `certificate` (lib/workflow/content-hash canonicalJson, RFC 8785 key order), so a verifier
 * needs nothing but this object and the organisation's public keys.
 */
import { z } from "zod";
import { PURPOSE_IDS } from "@/lib/policy/purposes";

export const CERTIFICATE_FORMAT = "permitted.compliance-certificate.v1";

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const person = z.strictObject({ id: z.uuid(), name: z.string() });

export const certifiedFindingSchema = z.strictObject({
  ruleId: z.string(),
  severity: z.enum(["error", "warning"]),
  /** The flagged text as the reader saw it (empty for findings about the whole variant). */
  excerpt: z.string(),
  /** Null for a finding nobody had to accept (an error cannot be published; a warning can, with a reason). */
  acknowledgement: z.strictObject({ by: z.string(), at: z.iso.datetime(), reason: z.string() }).nullable(),
});

export const certificatePayloadSchema = z.strictObject({
  format: z.literal(CERTIFICATE_FORMAT),
  id: z.uuid(),
  organisation: z.strictObject({ id: z.uuid(), name: z.string() }),
  template: z.strictObject({ key: z.string(), name: z.string(), purpose: z.enum(PURPOSE_IDS) }),
  version: z.int().min(1),
  /** How the version went live: first publication or rollback to it. */
  event: z.enum(["publish", "rollback"]),
  policyVersion: z.string(),
  spApiModelVersions: z.strictObject({ messaging: z.string(), solicitations: z.string() }),
  /** The hash the approvers signed off (all variants with the policy version). */
  versionContentHash: hash,
  variants: z
    .array(
      z.strictObject({
        locale: z.string(),
        isSource: z.boolean(),
        /** SHA-256 of the variant's subject and document: what a render response names. */
        contentHash: hash,
        findings: z.array(certifiedFindingSchema),
      }),
    )
    .min(1),
  approvals: z.array(z.strictObject({ approver: person, at: z.iso.datetime(), contentHash: hash })),
  publishedBy: person,
  publishedAt: z.iso.datetime(),
});

export const signedCertificateSchema = z.strictObject({
  certificate: certificatePayloadSchema,
  signature: z.strictObject({
    alg: z.literal("EdDSA"),
    kid: z.string(),
    /** Ed25519 over the UTF-8 bytes of canonicalJson(certificate), base64url. */
    value: z.string().regex(/^[A-Za-z0-9_-]+$/),
  }),
});

/** An Ed25519 public key as RFC 8037 writes it. */
export const publicJwkSchema = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kid: z.string(),
  use: z.literal("sig").optional(),
  alg: z.literal("EdDSA").optional(),
});

export const jwksSchema = z.object({ keys: z.array(publicJwkSchema) });

export type CertificatePayload = z.infer<typeof certificatePayloadSchema>;
export type SignedCertificate = z.infer<typeof signedCertificateSchema>;
export type PublicJwk = z.infer<typeof publicJwkSchema>;
export type Jwks = z.infer<typeof jwksSchema>;

export function publicJwk(kid: string, x: string): PublicJwk {
  return { kty: "OKP", crv: "Ed25519", x, kid, use: "sig", alg: "EdDSA" };
}

/** A certificate as stored (the signed canonical bytes and the signature) back in its wire shape. */
export function storedCertificate(row: { kid: string; payload: string; signature: string }): SignedCertificate {
  return signedCertificateSchema.parse({ certificate: JSON.parse(row.payload), signature: { alg: "EdDSA", kid: row.kid, value: row.signature } });
}
