import "server-only";
import { listPublicKeys } from "@/db/queries/certificates";
import { publicJwk } from "@/lib/certificates/certificate";
import { apiJson, type ApiReply, type KeyedApiContext } from "./handler";

/**
 * GET /api/v1/certificate-keys: the JWKS of the key's organisation, every key it ever signed a
 * certificate with (retired ones too, so old certificates keep verifying), oldest first.
 */
export async function listCertificateKeys(ctx: KeyedApiContext): Promise<ApiReply> {
  const keys = await listPublicKeys(ctx.db, ctx.apiKey.organisationId);
  return apiJson(ctx, { keys: keys.map((key) => publicJwk(key.kid, key.publicKey)) }, { etag: true });
}
