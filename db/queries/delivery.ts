import { and, asc, eq, gt, ne, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { apiKeys, organisations, templateVariants, templateVersions, templates, variantAttachments } from "../schema";

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
    .select({ versionId: templates.liveVersionId, purpose: templates.purpose, pausedAt: templates.pausedAt, pausedBy: sql<string | null>`${templates.pause}->>'outcome'`, proactivePausedAt: organisations.proactivePausedAt })
    .from(templates)
    .innerJoin(organisations, eq(organisations.id, templates.organisationId))
    .where(and(eq(templates.organisationId, sql.placeholder("organisationId")), eq(templates.key, sql.placeholder("key"))))
    .prepare("live_version_by_key");
}

// Every render runs this: prepared once per database handle, so the SQL is built once.
const liveVersionQueries = new WeakMap<Database, ReturnType<typeof liveVersionQuery>>();

/** Which version the template points to as live, or null (unknown key, never published, other organisation). */
export interface LiveVersionRef {
  versionId: string;
  purpose: string;
  /** The outcome (blocked or restricted) that paused the template, or null when it is not paused. */
  pausedBy: string | null;
  /** The organisation paused all proactive messages. */
  proactivePaused: boolean;
}

type LiveRow = { versionId: string | null; purpose: string | null; pausedAt: Date | null; pausedBy: string | null; proactivePausedAt: Date | null };

function liveRef(row: LiveRow | undefined): LiveVersionRef | null {
  return row?.versionId && row.purpose
    ? { versionId: row.versionId, purpose: row.purpose, pausedBy: row.pausedAt !== null ? (row.pausedBy ?? "blocked") : null, proactivePaused: row.proactivePausedAt !== null }
    : null;
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

function keyWithLiveVersionQuery(db: Database) {
  return db
    .select({
      id: apiKeys.id,
      organisationId: apiKeys.organisationId,
      prefix: apiKeys.prefix,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      versionId: templates.liveVersionId,
      purpose: templates.purpose,
      pausedAt: templates.pausedAt,
      pausedBy: sql<string | null>`${templates.pause}->>'outcome'`,
      proactivePausedAt: organisations.proactivePausedAt,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .leftJoin(templates, and(eq(templates.organisationId, apiKeys.organisationId), eq(templates.key, sql.placeholder("templateKey"))))
    .where(eq(apiKeys.keyHash, sql.placeholder("keyHash")))
    .prepare("api_key_with_live_version");
}

// Every render runs this first: prepared once per database handle, on either driver.
const keyWithLiveVersionQueries = new WeakMap<Database, ReturnType<typeof keyWithLiveVersionQuery>>();

/**
 * The API key with this hash and, in the same query, the live version of the template with this
 * key in the key's organisation: what a render request needs before it can start, in one round
 * trip.
 */
export async function findKeyWithLiveVersion(db: Database, keyHash: string, templateKey: string) {
  let query = keyWithLiveVersionQueries.get(db);
  if (!query) {
    query = keyWithLiveVersionQuery(db);
    keyWithLiveVersionQueries.set(db, query);
  }
  const [row] = await query.execute({ keyHash, templateKey });
  if (!row) return null;
  const { versionId, purpose, pausedAt, pausedBy, proactivePausedAt, ...key } = row;
  return { key, liveVersion: liveRef({ versionId, purpose, pausedAt, pausedBy, proactivePausedAt }) };
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
    .select({ id: templateVariants.id, locale: templateVariants.locale, subject: templateVariants.subject, doc: templateVariants.doc })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, versionId), ne(templateVariants.status, "missing")));
  const files = await executor
    .select({ id: variantAttachments.id, variantId: variantAttachments.variantId, fileName: variantAttachments.fileName, contentType: variantAttachments.contentType, size: variantAttachments.size, sha256: variantAttachments.sha256 })
    .from(variantAttachments)
    .where(eq(variantAttachments.versionId, versionId))
    .orderBy(asc(variantAttachments.createdAt), asc(variantAttachments.id));
  return {
    number: version.number,
    variants: variants.map(({ id, ...variant }) => ({ ...variant, attachments: files.filter((f) => f.variantId === id).map(({ variantId: _variantId, ...file }) => file) })),
  };
}

