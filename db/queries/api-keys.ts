import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../client";
import { apiKeys, users } from "../schema";
import { recordAudit } from "./audit";
import { AppError } from "@/lib/errors";

export interface NewApiKeyRow {
  organisationId: string;
  actorId: string;
  name: string;
  prefix: string;
  keyHash: string;
}

/** Stores a new key's hash and records who created it, in one transaction. */
export async function insertApiKey(db: Database, input: NewApiKeyRow) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ organisationId: input.organisationId, name: input.name, prefix: input.prefix, keyHash: input.keyHash, createdBy: input.actorId })
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "api_key.created",
      subjectType: "api_key",
      subjectId: row.id,
      data: { name: row.name, prefix: row.prefix },
    });
    return row;
  });
}

const creators = alias(users, "api_key_creators");
const revokers = alias(users, "api_key_revokers");

/** Every key of an organisation, newest first, with who created and revoked it. */
export async function listApiKeys(executor: Executor, organisationId: string) {
  return executor
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      createdByName: creators.name,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      revokedByName: revokers.name,
    })
    .from(apiKeys)
    .innerJoin(creators, eq(creators.id, apiKeys.createdBy))
    .leftJoin(revokers, eq(revokers.id, apiKeys.revokedBy))
    .where(eq(apiKeys.organisationId, organisationId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export type ApiKeyListRow = Awaited<ReturnType<typeof listApiKeys>>[number];

/**
 * Revokes a key of the organisation: from then on every request with it is refused. Revoking a
 * revoked key changes nothing and records nothing; another organisation's key is not found.
 */
export async function revokeApiKey(db: Database, input: { organisationId: string; actorId: string; apiKeyId: string }): Promise<{ revoked: boolean }> {
  return db.transaction(async (tx) => {
    const [key] = await tx
      .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .where(and(eq(apiKeys.id, input.apiKeyId), eq(apiKeys.organisationId, input.organisationId)))
      .for("update");
    if (!key) throw new AppError("not_found");
    if (key.revokedAt) return { revoked: false };
    await tx
      .update(apiKeys)
      .set({ revokedAt: new Date(), revokedBy: input.actorId })
      .where(and(eq(apiKeys.id, key.id), isNull(apiKeys.revokedAt)));
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: input.actorId,
      action: "api_key.revoked",
      subjectType: "api_key",
      subjectId: key.id,
      data: { name: key.name, prefix: key.prefix },
    });
    return { revoked: true };
  });
}

function keyByHashQuery(db: Database) {
  return db
    .select({ id: apiKeys.id, organisationId: apiKeys.organisationId, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, sql.placeholder("keyHash")))
    .prepare("api_key_by_hash");
}

// Every API request runs this: prepared once per database handle, so the SQL is built once.
const keyByHash = new WeakMap<Database, ReturnType<typeof keyByHashQuery>>();

/** The key with this hash, revoked or not (the caller tells the client which), or null. */
export async function findApiKeyByHash(db: Database, keyHash: string) {
  let query = keyByHash.get(db);
  if (!query) {
    query = keyByHashQuery(db);
    keyByHash.set(db, query);
  }
  const [row] = await query.execute({ keyHash });
  return row ?? null;
}

export async function touchApiKey(executor: Executor, apiKeyId: string, at: Date): Promise<void> {
  await executor.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, apiKeyId));
}
