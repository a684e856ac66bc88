import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../client";
import { apiKeys, users } from "../schema";

export interface NewApiKeyRow {
  organisationId: string;
  createdBy: string;
  name: string;
  prefix: string;
  keyHash: string;
}

/** Stores a new key's hash (never the key itself). */
export async function insertApiKey(executor: Executor, input: NewApiKeyRow) {
  const [row] = await executor
    .insert(apiKeys)
    .values(input)
    .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt });
  return row;
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

/** One key of the organisation, locked for the rest of the transaction, or null. */
export async function lockApiKey(executor: Executor, organisationId: string, apiKeyId: string) {
  const [key] = await executor
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, apiKeyId), eq(apiKeys.organisationId, organisationId)))
    .for("update");
  return key ?? null;
}

export async function markApiKeyRevoked(executor: Executor, apiKeyId: string, revokedBy: string, at: Date): Promise<void> {
  await executor.update(apiKeys).set({ revokedAt: at, revokedBy }).where(and(eq(apiKeys.id, apiKeyId), isNull(apiKeys.revokedAt)));
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
