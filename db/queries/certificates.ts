import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { certificates, signingKeys } from "../schema";

/** The organisation's active signing key (kid and sealed private key), or null when it has none yet. */
export async function activeSigningKey(executor: Executor, organisationId: string) {
  const [row] = await executor
    .select({ kid: signingKeys.kid, sealedPrivateKey: signingKeys.sealedPrivateKey })
    .from(signingKeys)
    .where(and(eq(signingKeys.organisationId, organisationId), isNull(signingKeys.retiredAt)));
  return row && row.sealedPrivateKey ? { kid: row.kid, sealedPrivateKey: row.sealedPrivateKey } : null;
}

/**
 * Stores a new active key unless the organisation has one already (two first publications racing:
 * the partial unique index lets one win, and the other uses the winner's key).
 */
export async function insertActiveSigningKey(executor: Executor, input: { organisationId: string; kid: string; publicKey: string; sealedPrivateKey: string }) {
  await executor.insert(signingKeys).values(input).onConflictDoNothing();
}

/** Retires the active key: its private key is forgotten, its public key stays for verification. retiredBy null: the studio retired it (unusable). */
export async function retireActiveSigningKey(executor: Executor, organisationId: string, retiredBy: string | null) {
  return executor
    .update(signingKeys)
    .set({ retiredAt: new Date(), retiredBy, sealedPrivateKey: null })
    .where(and(eq(signingKeys.organisationId, organisationId), isNull(signingKeys.retiredAt)))
    .returning({ kid: signingKeys.kid });
}

/** Every public key the organisation ever signed with, oldest first, with whether it is retired. */
export async function listPublicKeys(executor: Executor, organisationId: string) {
  return executor
    .select({ kid: signingKeys.kid, publicKey: signingKeys.publicKey, createdAt: signingKeys.createdAt, retiredAt: signingKeys.retiredAt })
    .from(signingKeys)
    .where(eq(signingKeys.organisationId, organisationId))
    .orderBy(asc(signingKeys.createdAt), asc(signingKeys.kid));
}

export async function insertCertificate(executor: Executor, input: { id: string; organisationId: string; versionId: string; kid: string; payload: string; signature: string }) {
  await executor.insert(certificates).values(input);
}

const certificateColumns = { id: certificates.id, kid: certificates.kid, payload: certificates.payload, signature: certificates.signature, createdAt: certificates.createdAt };

/** The certificate of a version in this organisation, or null (not published, or published before certificates existed). */
export async function certificateOfVersion(executor: Executor, organisationId: string, versionId: string) {
  const [row] = await executor
    .select(certificateColumns)
    .from(certificates)
    .where(and(eq(certificates.organisationId, organisationId), eq(certificates.versionId, versionId)));
  return row ?? null;
}

/** The certificate of a published version, whatever its organisation: for the delivery API's version cache, which loads by version id. */
export async function certificateOfPublishedVersion(executor: Executor, versionId: string) {
  const [row] = await executor.select(certificateColumns).from(certificates).where(eq(certificates.versionId, versionId));
  return row ?? null;
}
