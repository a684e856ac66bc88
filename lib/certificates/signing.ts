/**
 * Ed25519 signing and verification of certificates with node:crypto (no library needed: Node has
 * had Ed25519 and JWK import since 16). Server and CLI only.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify } from "node:crypto";
import { canonicalJson } from "@/lib/workflow/content-hash";
import type { CertificatePayload, PublicJwk, SignedCertificate } from "./certificate";

export interface GeneratedKeyPair {
  kid: string;
  /** JWK `x`: the raw public key, base64url. */
  publicKey: string;
  /** PKCS#8 DER, base64url: to be sealed before it is stored. */
  privateKey: string;
}

export function generateSigningKeyPair(): GeneratedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" });
  if (!jwk.x) throw new Error("Ed25519 key without x");
  return { kid: randomUUID(), publicKey: jwk.x, privateKey: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64url") };
}

/** The bytes a signature covers. */
export function signedBytes(certificate: CertificatePayload): Buffer {
  return Buffer.from(canonicalJson(certificate), "utf8");
}

export function signCertificate(certificate: CertificatePayload, key: { kid: string; privateKey: string }): SignedCertificate {
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, "base64url"), format: "der", type: "pkcs8" });
  const value = sign(null, signedBytes(certificate), privateKey).toString("base64url");
  return { certificate, signature: { alg: "EdDSA", kid: key.kid, value } };
}

/** True when the signature is Ed25519 over the certificate's canonical bytes by this key. */
export function signatureValid(signed: SignedCertificate, key: PublicJwk): boolean {
  try {
    const publicKey = createPublicKey({ key: { kty: key.kty, crv: key.crv, x: key.x }, format: "jwk" });
    return verify(null, signedBytes(signed.certificate), publicKey, Buffer.from(signed.signature.value, "base64url"));
  } catch {
    // A key that is not a valid point cannot have signed anything.
    return false;
  }
}
