/**
 * A certificate for documentation examples (the OpenAPI document, the API page), signed with a
 * fixed example key so that the document is the same in every process and its example verifies
 * against the example key set. The key is public by design: nothing real is ever signed with it.
 */
import { createHash, createPrivateKey, createPublicKey } from "node:crypto";
import { SP_API_MODEL_VERSIONS } from "@/lib/delivery/sp-api-model";
import type { PurposeId } from "@/lib/policy/purposes";
import { CERTIFICATE_FORMAT, publicJwk, type Jwks, type SignedCertificate } from "./certificate";
import { signCertificate } from "./signing";

const EXAMPLE_KID = "2f0c5a4e-6b1d-4c2a-9e1f-000000000001";
// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): a fixed prefix and the 32 seed bytes.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const EXAMPLE_PRIVATE_KEY = Buffer.concat([PKCS8_ED25519_PREFIX, createHash("sha256").update("permitted.example-signing-key").digest()]);

export function exampleKeySet(): Jwks {
  const jwk = createPublicKey(createPrivateKey({ key: EXAMPLE_PRIVATE_KEY, format: "der", type: "pkcs8" })).export({ format: "jwk" });
  return { keys: [publicJwk(EXAMPLE_KID, jwk.x as string)] };
}

export function exampleCertificate(input: {
  id: string;
  templateKey: string;
  templateName: string;
  purpose: PurposeId;
  version: number;
  variants: ReadonlyArray<{ locale: string; contentHash: string }>;
  publishedAt: string;
}): SignedCertificate {
  const approvedHash = createHash("sha256").update(input.variants.map((v) => v.contentHash).join()).digest("hex");
  return signCertificate(
    {
      format: CERTIFICATE_FORMAT,
      id: input.id,
      organisation: { id: "8d3e4c1a-2b5f-4e6d-9a7c-1f2e3d4c5b6a", name: "Northwind Home" },
      template: { key: input.templateKey, name: input.templateName, purpose: input.purpose },
      version: input.version,
      event: "publish",
      policyVersion: "2025.3.0",
      spApiModelVersions: { ...SP_API_MODEL_VERSIONS },
      versionContentHash: approvedHash,
      variants: input.variants.map((v, i) => ({ locale: v.locale, isSource: i === 0, contentHash: v.contentHash, findings: [] })),
      approvals: [{ approver: { id: "5b2a1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Priya Approver" }, at: input.publishedAt, contentHash: approvedHash }],
      publishedBy: { id: "5b2a1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Priya Approver" },
      publishedAt: input.publishedAt,
    },
    { kid: EXAMPLE_KID, privateKey: EXAMPLE_PRIVATE_KEY.toString("base64url") },
  );
}
