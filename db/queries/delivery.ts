import { and, asc, eq, gt, ne, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { rateLimits, templateVariants, templateVersions, templates } from "../schema";

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
    .select({ templateId: templates.id, versionId: templateVersions.id, number: templateVersions.number, purpose: templates.purpose })
    .from(templates)
    .innerJoin(templateVersions, liveVersionJoin)
    .where(and(eq(templates.organisationId, sql.placeholder("organisationId")), eq(templates.key, sql.placeholder("key"))))
    .prepare("live_version_by_key");
}

// Every render runs this: prepared once per database handle, so the SQL is built once.
const liveVersionQueries = new WeakMap<Database, ReturnType<typeof liveVersionQuery>>();

/** Which version of the template is live now, or null (unknown key, never published, other organisation). */
export async function findLiveVersion(db: Database, organisationId: string, key: string) {
  let query = liveVersionQueries.get(db);
  if (!query) {
    query = liveVersionQuery(db);
    liveVersionQueries.set(db, query);
  }
  const [row] = await query.execute({ organisationId, key });
  return row ?? null;
}

/** The content of a version's variants; for a published version it never changes. */
export async function versionVariants(executor: Executor, versionId: string) {
  return executor
    .select({ locale: templateVariants.locale, subject: templateVariants.subject, doc: templateVariants.doc })
    .from(templateVariants)
    .where(and(eq(templateVariants.versionId, versionId), ne(templateVariants.status, "missing")));
}

/** When a fixed-window counter's current window started (for Retry-After), or null. */
export async function rateLimitWindowStart(executor: Executor, key: string): Promise<Date | null> {
  const [row] = await executor.select({ windowStart: rateLimits.windowStart }).from(rateLimits).where(eq(rateLimits.key, key));
  return row?.windowStart ?? null;
}
