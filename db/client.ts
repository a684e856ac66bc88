// Opening a database is server code: a client component that reached it would fail the build.
import "server-only";
import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { acquireDataDirLock } from "./pglite-lock";
import { setting } from "@/lib/config/env";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle inside db.transaction(); for steps that must not run outside one. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A transaction handle has the same query API; functions that may run inside one accept either. */
export type Executor = Database | Transaction;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null }
  | { kind: "postgres"; url: string };

export const DEFAULT_DATA_DIR = ".data/pglite";
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** DATABASE_URL decides the driver: unset → PGlite in ./.data, pglite://memory → in memory, postgres:// → server. */
export function databaseTarget(url: string | undefined = setting("DATABASE_URL")): DatabaseTarget {
  if (!url) return { kind: "pglite", dataDir: DEFAULT_DATA_DIR };
  if (url === "pglite://memory") return { kind: "pglite", dataDir: null };
  if (url.startsWith("pglite://")) return { kind: "pglite", dataDir: url.slice("pglite://".length) };
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { kind: "postgres", url };
  throw new Error(`DATABASE_URL must be unset, pglite://memory, pglite://<dir> or postgres://…; got "${url.split(":")[0]}:…"`);
}

/** Opens a database and brings its schema up to date. Callers own the handle (tests, scripts). */
export async function openDatabase(target: DatabaseTarget = databaseTarget()): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(target.url, { max: setting("DATABASE_POOL_SIZE") ?? 10, onnotice: () => undefined });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Database, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  // The trigram extension backs the template search index (db/migrations/0006).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  let release: () => void = () => undefined;
  let client;
  if (target.dataDir) {
    release = acquireDataDirLock(target.dataDir);
    try {
      mkdirSync(target.dataDir, { recursive: true });
      client = new PGlite(target.dataDir, { extensions: { pg_trgm } });
      await client.waitReady;
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = new PGlite({ extensions: { pg_trgm } });
    await client.waitReady;
  }
  const db = drizzle(client, { schema });
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    await client.close();
    release();
    throw error;
  }
  return {
    db: db as unknown as Database,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

const globalForDb = globalThis as unknown as { permittedDb?: Promise<DatabaseHandle> };

/**
 * The app's one database handle, opened lazily. Kept on globalThis so that module re-evaluation
 * (dev reloads) reuses it instead of opening the PGlite directory twice; a failed open is not cached.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  if (!globalForDb.permittedDb) {
    const opening = openDatabase();
    globalForDb.permittedDb = opening;
    opening.catch(() => {
      if (globalForDb.permittedDb === opening) globalForDb.permittedDb = undefined;
    });
  }
  return globalForDb.permittedDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}
