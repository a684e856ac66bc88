import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { translationSegments } from "../schema";
import { canonicalJson } from "@/lib/workflow/content-hash";
import type { MemorySegment } from "@/lib/translation-memory/segments";
import { similarityBands } from "@/lib/translation-memory/similarity-bands";
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
    sourceBands: similarityBands(segment.sourceText),
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

const integerArray = (values: readonly number[]) =>
  values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::integer[]` : sql`'{}'::integer[]`;

/**
 * The best stored matches for each text, from one locale pair: exact matches by the text's hash,
 * fuzzy ones among the segments sharing a similarity band with it (lib/translation-memory/
 * similarity-bands), scored by pg_trgm's similarity and kept from MIN_MATCH_SIMILARITY up.
 */
export async function lookupMatches(
  executor: Executor,
  input: { organisationId: string; sourceLocale: string; targetLocale: string; texts: readonly string[] },
): Promise<StoredMatch[][]> {
  const found: StoredMatch[][] = [];
  for (const text of input.texts) {
    const similarity = sql<number>`similarity(${translationSegments.sourceText}, ${text})`;
    const rows = await executor
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
          or(sql`md5(${translationSegments.sourceText}) = md5(${text})`, sql`${translationSegments.sourceBands} && ${integerArray(similarityBands(text))}`),
          or(eq(translationSegments.sourceText, text), sql`${similarity} >= ${MIN_MATCH_SIMILARITY}`),
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
