import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { translationSegments } from "../schema";
import { canonicalJson } from "@/lib/workflow/content-hash";
import type { MemorySegment } from "@/lib/translation-memory/segments";
import { MATCHES_PER_UNIT, MIN_MATCH_SIMILARITY, type StoredMatch } from "@/lib/translation-memory/match-view";

/** A pair's identity: the same source and translation between the same locales is one row. */
export function segmentPairHash(segment: MemorySegment): string {
  const identity = canonicalJson({ s: segment.sourceLocale, t: segment.targetLocale, sc: segment.sourceContent, tc: segment.targetContent });
  return createHash("sha256").update(identity).digest("hex");
}

/** Rows per INSERT: far under PostgreSQL's 65,535 parameters at 12 columns a row. */
const BATCH = 500;

/**
 * Stores segments, each pair once per organisation. A pair seen again counts another use (unless
 * `countUse` is false: publishing a version only vouches for pairs already stored) and remembers
 * where it was seen last; `trusted` only ever turns on.
 */
export async function storeSegments(
  tx: Executor,
  input: {
    organisationId: string;
    /** A segment's own `trusted` and `createdAt` (an imported file's) win over the call's. */
    segments: readonly (MemorySegment & { trusted?: boolean; createdAt?: Date })[];
    trusted: boolean;
    countUse: boolean;
    templateId: string | null;
    versionId: string | null;
    userId: string | null;
  },
): Promise<number> {
  const unique = new Map(input.segments.map((segment) => [segmentPairHash(segment), segment]));
  const rows = [...unique].map(([pairHash, { trusted, createdAt, ...segment }]) => ({
    organisationId: input.organisationId,
    pairHash,
    ...segment,
    trusted: trusted ?? input.trusted,
    ...(createdAt ? { createdAt } : {}),
    templateId: input.templateId,
    versionId: input.versionId,
    createdBy: input.userId,
  }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx
      .insert(translationSegments)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: [translationSegments.organisationId, translationSegments.pairHash],
        set: {
          trusted: sql`${translationSegments.trusted} or excluded.trusted`,
          templateId: sql`coalesce(excluded.template_id, ${translationSegments.templateId})`,
          versionId: sql`coalesce(excluded.version_id, ${translationSegments.versionId})`,
          uses: input.countUse ? sql`${translationSegments.uses} + 1` : sql`${translationSegments.uses}`,
          updatedAt: sql`now()`,
        },
      });
  }
  return rows.length;
}

/**
 * The best stored matches for each text (exact and fuzzy, similarity ≥ MIN_MATCH_SIMILARITY), from
 * one locale pair: the trigram index finds candidates, the locale columns and the organisation
 * filter them. In its own transaction because the threshold of `%` is a setting, set for this
 * transaction only.
 */
export async function lookupMatches(
  executor: Executor,
  input: { organisationId: string; sourceLocale: string; targetLocale: string; texts: readonly string[] },
): Promise<StoredMatch[][]> {
  if (input.texts.length === 0) return [];
  return executor.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(MIN_MATCH_SIMILARITY)}, true)`);
    const found: StoredMatch[][] = [];
    for (const text of input.texts) {
      const similarity = sql<number>`similarity(${translationSegments.sourceText}, ${text})`;
      const rows = await tx
        .select({
          id: translationSegments.id,
          sourceText: translationSegments.sourceText,
          targetText: translationSegments.targetText,
          targetContent: translationSegments.targetContent,
          trusted: translationSegments.trusted,
          similarity,
        })
        .from(translationSegments)
        .where(
          and(
            eq(translationSegments.organisationId, input.organisationId),
            eq(translationSegments.sourceLocale, input.sourceLocale),
            eq(translationSegments.targetLocale, input.targetLocale),
            sql`${translationSegments.sourceText} % ${text}`,
          ),
        )
        .orderBy(
          desc(sql`${translationSegments.sourceText} = ${text}`),
          desc(similarity),
          desc(translationSegments.trusted),
          desc(translationSegments.uses),
          desc(translationSegments.updatedAt),
        )
        .limit(MATCHES_PER_UNIT);
      found.push(rows.map((row) => ({ ...row, similarity: Number(row.similarity) })));
    }
    return found;
  });
}

/** Every pair the organisation holds (into `targetLocales` only, when given), in a stable order (TMX export). */
export async function listSegments(executor: Executor, organisationId: string, targetLocales: readonly string[] | null = null) {
  return executor
    .select({
      sourceLocale: translationSegments.sourceLocale,
      targetLocale: translationSegments.targetLocale,
      sourceText: translationSegments.sourceText,
      targetText: translationSegments.targetText,
      sourceContent: translationSegments.sourceContent,
      targetContent: translationSegments.targetContent,
      trusted: translationSegments.trusted,
      createdAt: translationSegments.createdAt,
    })
    .from(translationSegments)
    .where(and(eq(translationSegments.organisationId, organisationId), targetLocales ? inArray(translationSegments.targetLocale, [...targetLocales]) : undefined))
    .orderBy(asc(translationSegments.sourceLocale), asc(translationSegments.targetLocale), asc(translationSegments.sourceText), asc(translationSegments.pairHash));
}

export async function countSegments(executor: Executor, organisationId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(translationSegments)
    .where(eq(translationSegments.organisationId, organisationId));
  return row?.n ?? 0;
}
