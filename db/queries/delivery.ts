import { and, asc, eq, gt, ne, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { MAX_TEMPLATE_KEY_LENGTH, TEMPLATE_KEY_PATTERN } from "@/lib/templates/key";
import { templateVariants, templateVersions, templates } from "../schema";

/** The live (published) version of a template, joined so that a draft-only template is not found. */
const liveVersionJoin = and(eq(templateVersions.id, templates.liveVersionId), eq(templateVersions.state, "published"));

/**
 * An organisation's published templates in key order, for GET /api/v1/templates: keyset paging
 * (`after` is the last key of the previous page) on the (organisation, key) unique index.
 */
export async function listPublishedTemplates(executor: Executor, organisationId: string, page: { after?: string; limit: number }) {
  const conditions: SQL[] = [eq(templates.organisationId, organisationId)];
  if (page.after !== undefined) conditions.push(gt(templates.key, page.after));
  return executor
    .select({
      key: templates.key,
      name: templates.name,
      purpose: templates.purpose,
      version: templateVersions.number,
      publishedAt: templateVersions.publishedAt,
      locales: sql<string[]>`array_agg(${templateVariants.locale} order by ${templateVariants.locale})`,
    })
    .from(templates)
    .innerJoin(templateVersions, liveVersionJoin)
    .innerJoin(templateVariants, and(eq(templateVariants.versionId, templateVersions.id), ne(templateVariants.status, "missing")))
    .where(and(...conditions))
    .groupBy(templates.id, templateVersions.id)
    .orderBy(asc(templates.key))
    .limit(page.limit);
}

function liveVersionQuery(db: Database) {
  return db
    .select({ versionId: templates.liveVersionId, purpose: templates.purpose })
    .from(templates)
    .where(and(eq(templates.organisationId, sql.placeholder("organisationId")), eq(templates.key, sql.placeholder("key"))))
    .prepare("live_version_by_key");
}

// Every render runs this: prepared once per database handle, so the SQL is built once.
const liveVersionQueries = new WeakMap<Database, ReturnType<typeof liveVersionQuery>>();

/** Which version the template points to as live, or null (unknown key, never published, other organisation). */
export interface LiveVersionRef {
  versionId: string;
  purpose: string;
}

function liveRef(row: { versionId: string | null; purpose: string | null } | undefined): LiveVersionRef | null {
  return row?.versionId && row.purpose ? { versionId: row.versionId, purpose: row.purpose } : null;
}

/**
 * The template's live version id (templates.live_version_id, which only publishing sets) and its
 * purpose. Whether that version really is published is checked once, when its content is loaded
 * (versionContent), because a version that was published never changes again.
 */
export async function findLiveVersion(db: Database, organisationId: string, key: string): Promise<LiveVersionRef | null> {
  let query = liveVersionQueries.get(db);
  if (!query) {
    query = liveVersionQuery(db);
    liveVersionQueries.set(db, query);
  }
  const [row] = await query.execute({ organisationId, key });
  return liveRef(row);
}

/**
 * The API key with this hash and, in the same query, the live version of the template with this
 * key in the key's organisation: what a render request needs before it can start, in one round
 * trip. Written as SQL for the driver underneath drizzle (PGlite or postgres.js) because every
 * render runs it: on PGlite, drizzle's per-query type-parser setup costs as much as the query.
 * The integration tests run it on both drivers.
 */
const KEY_WITH_LIVE_VERSION = (keyHash: string, templateKey: string) => `
  select k.id, k.organisation_id, k.prefix, k.revoked_at, k.last_used_at, t.live_version_id, t.purpose
  from api_keys k
  left join templates t on t.organisation_id = k.organisation_id and t.key = ${templateKey}
  where k.key_hash = ${keyHash}`;

/** What may be written into the SQL text as a literal: a SHA-256 in hex, a template key. */
const HEX_SHA256 = /^[0-9a-f]{64}$/;

interface KeyWithLiveVersionRow {
  id: string;
  organisation_id: string;
  prefix: string;
  revoked_at: Date | null;
  last_used_at: Date | null;
  live_version_id: string | null;
  purpose: string | null;
}

interface PGliteLike {
  exec(text: string): Promise<Array<{ rows: unknown[] }>>;
}
interface PostgresLike {
  unsafe(text: string, params: unknown[], options: { prepare: boolean }): Promise<unknown[]>;
}

/** A timestamp as a Date whichever driver (and type parser) produced it. */
function asDate(value: Date | string | null): Date | null {
  return value === null || value instanceof Date ? value : new Date(value);
}

export async function findKeyWithLiveVersion(db: Database, keyHash: string, templateKey: string) {
  const client = (db as unknown as { $client: PGliteLike | PostgresLike }).$client;
  let rows: unknown[];
  if ("unsafe" in client) {
    // postgres.js: a named prepared statement, planned once per connection.
    rows = await client.unsafe(KEY_WITH_LIVE_VERSION("$1", "$2"), [keyHash, templateKey], { prepare: true });
  } else {
    // PGlite: one simple-protocol message instead of five extended-protocol ones. Parameters are
    // written as literals, which is safe only for these two shapes: checked here, right before.
    if (!HEX_SHA256.test(keyHash) || templateKey.length > MAX_TEMPLATE_KEY_LENGTH || !TEMPLATE_KEY_PATTERN.test(templateKey)) {
      throw new RangeError("findKeyWithLiveVersion: key hash or template key of an unexpected shape");
    }
    [{ rows }] = await client.exec(KEY_WITH_LIVE_VERSION(`'${keyHash}'`, `'${templateKey}'`));
  }
  const [row] = rows as KeyWithLiveVersionRow[];
  if (!row) return null;
  return {
    key: { id: row.id, organisationId: row.organisation_id, prefix: row.prefix, revokedAt: asDate(row.revoked_at), lastUsedAt: asDate(row.last_used_at) },
    liveVersion: liveRef({ versionId: row.live_version_id, purpose: row.purpose }),
  };
}

/**
 * A version's number and variants if it is or was published (published or superseded: frozen by
 * the database, so the answer never changes), else null.
 */
export async function versionContent(executor: Executor, versionId: string) {
  const [version] = await executor
    .select({ number: templateVersions.number, state: templateVersions.state, publishedAt: templateVersions.publishedAt })
    .from(templateVersions)
    .where(eq(templateVersions.id, versionId));
  if (!version || version.publishedAt === null || (version.state !== "published" && version.state !== "superseded")) return null;
  const variants = await executor
    .select({ locale: templateVariants.locale, subject: templateVariants.subject, doc: templateVariants.doc })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, versionId), ne(templateVariants.status, "missing")));
  return { number: version.number, variants };
}

