import "server-only";
import { activeSigningKey, insertActiveSigningKey, retireActiveSigningKey } from "@/db/queries/certificates";
import { recordAudit } from "@/db/queries/audit";
import { AppError } from "@/lib/errors";
import { seal } from "@/lib/auth/secret-box";
import { generateSigningKeyPair } from "@/lib/certificates/signing";
import { serverSecret } from "@/server/accounts/server-secret";
import { assertCan, type GuardContext } from "@/server/guard";

/**
 * Replaces the organisation's certificate signing key: the active one is retired (its private key
 * forgotten, its public key kept in the JWKS so every certificate it signed still verifies) and a
 * new one signs from the next publication. Admins only (apiKeys.manage).
 */
export async function rotateSigningKey(ctx: GuardContext): Promise<{ kid: string; retiredKid: string | null }> {
  assertCan(ctx, "apiKeys.manage");
  return ctx.db.transaction(async (tx) => {
    const [retired] = await retireActiveSigningKey(tx, ctx.organisation.id, ctx.user.id);
    const generated = generateSigningKeyPair();
    await insertActiveSigningKey(tx, { organisationId: ctx.organisation.id, kid: generated.kid, publicKey: generated.publicKey, sealedPrivateKey: seal(generated.privateKey, serverSecret()) });
    // Another rotation (or a first publication) stored its key meanwhile: this one was not stored.
    if ((await activeSigningKey(tx, ctx.organisation.id))?.kid !== generated.kid) throw new AppError("conflict");
    await recordAudit(tx, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      action: "certificate_key.rotated",
      subjectType: "organisation",
      subjectId: ctx.organisation.id,
      data: { kid: generated.kid, retiredKid: retired?.kid ?? null },
    });
    return { kid: generated.kid, retiredKid: retired?.kid ?? null };
  });
}
