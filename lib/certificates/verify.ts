/**
 * What `permitted verify` decides: is this a certificate signed by one of the organisation's keys,
 * and — for a render response — is the text it carries one the certificate covers (same template,
 * version, locale and content hash)? Every refusal has a reason a person can act on.
 */
import { z } from "zod";
import { jwksSchema, signedCertificateSchema, type Jwks, type SignedCertificate } from "./certificate";
import { signatureValid } from "./signing";

export type VerifyFailure =
  | { reason: "not-a-certificate"; detail: string }
  | { reason: "no-certificate" }
  | { reason: "unknown-key"; kid: string }
  | { reason: "bad-signature"; kid: string }
  | { reason: "template-mismatch"; certified: string; response: string }
  | { reason: "version-mismatch"; certified: number; response: number }
  | { reason: "locale-not-certified"; locale: string }
  | { reason: "hash-mismatch"; locale: string; certified: string; response: string };

export type VerifyResult =
  | { valid: true; kind: "certificate"; signed: SignedCertificate }
  | { valid: true; kind: "render-response"; locale: string; signed: SignedCertificate }
  | ({ valid: false } & VerifyFailure);

/** The fields of a render response (lib/delivery/responses) that verification reads; others may be there. */
const renderedSchema = z.object({
  template: z.string(),
  version: z.int(),
  locale: z.string(),
  contentHash: z.string(),
  certificate: z.unknown(),
});

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid";
}

function checkSignature(input: unknown, jwks: Jwks): { valid: true; kind: "certificate"; signed: SignedCertificate } | ({ valid: false } & VerifyFailure) {
  const parsed = signedCertificateSchema.safeParse(input);
  if (!parsed.success) return { valid: false, reason: "not-a-certificate", detail: firstIssue(parsed.error) };
  const signed = parsed.data;
  const key = jwks.keys.find((k) => k.kid === signed.signature.kid);
  if (!key) return { valid: false, reason: "unknown-key", kid: signed.signature.kid };
  if (!signatureValid(signed, key)) return { valid: false, reason: "bad-signature", kid: signed.signature.kid };
  return { valid: true, kind: "certificate", signed };
}

/** Verifies a signed certificate or a render response carrying one against a JWKS. */
export function verifyDocument(document: unknown, keys: Jwks): VerifyResult {
  const rendered = renderedSchema.safeParse(document);
  if (!rendered.success) return checkSignature(document, keys);
  const response = rendered.data;
  if (response.certificate === null || response.certificate === undefined) return { valid: false, reason: "no-certificate" };
  const checked = checkSignature(response.certificate, keys);
  if (!checked.valid) return checked;
  const certificate = checked.signed.certificate;
  if (certificate.template.key !== response.template) return { valid: false, reason: "template-mismatch", certified: certificate.template.key, response: response.template };
  if (certificate.version !== response.version) return { valid: false, reason: "version-mismatch", certified: certificate.version, response: response.version };
  const variant = certificate.variants.find((v) => v.locale === response.locale);
  if (!variant) return { valid: false, reason: "locale-not-certified", locale: response.locale };
  if (variant.contentHash !== response.contentHash) return { valid: false, reason: "hash-mismatch", locale: response.locale, certified: variant.contentHash, response: response.contentHash };
  return { valid: true, kind: "render-response", locale: response.locale, signed: checked.signed };
}

export function parseJwks(input: unknown): { ok: true; jwks: Jwks } | { ok: false; detail: string } {
  const parsed = jwksSchema.safeParse(input);
  return parsed.success ? { ok: true, jwks: parsed.data } : { ok: false, detail: firstIssue(parsed.error) };
}
