import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { templates, templateVersions } from "./templates";
import type { NodeJSON } from "@/lib/editor/extensions";

/**
 * The organisation's translation memory: one row per distinct pair of a source unit (a block of a
 * source variant, or its subject) and its translation into one target locale. A pair seen again
 * only refreshes where it was last seen; publishing a version marks its pairs trusted.
 */
export const translationSegments = pgTable(
  "translation_segments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sourceLocale: text("source_locale").notNull(),
    targetLocale: text("target_locale").notNull(),
    /** What the source says: text with `{{name}}` tokens, whitespace collapsed (what matching compares). */
    sourceText: text("source_text").notNull(),
    targetText: text("target_text").notNull(),
    /** The inline content itself (marks, line breaks, placeholders), so "Use" inserts it as written. */
    sourceContent: jsonb("source_content").$type<NodeJSON[]>().notNull(),
    targetContent: jsonb("target_content").$type<NodeJSON[]>().notNull(),
    /** MinHash band keys of the source text (lib/translation-memory/similarity-bands): fuzzy lookup's candidates. */
    sourceBands: integer("source_bands").array().notNull().default(sql`'{}'::integer[]`),
    /** Identity of the pair: sha-256 over locales and both contents. */
    pairHash: text("pair_hash").notNull(),
    trusted: boolean("trusted").notNull().default(false),
    /** Where the pair was last seen (null for pairs imported from a TMX file, or whose template is gone). */
    templateId: uuid("template_id").references(() => templates.id, { onDelete: "set null" }),
    versionId: uuid("version_id").references(() => templateVersions.id, { onDelete: "set null" }),
    /** How many times the pair was stored; a pair in use again and again ranks above a one-off. */
    uses: integer("uses").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("translation_segments_pair_idx").on(t.organisationId, t.pairHash),
    // Exact matches, found by their text's hash whatever the bands say.
    index("translation_segments_exact_idx").on(t.organisationId, t.sourceLocale, t.targetLocale, sql`md5(${t.sourceText})`),
    // Fuzzy matches: segments sharing a band with the looked-up text; pg_trgm scores them. (A
    // trigram index would read the posting list of every common trigram: 60-90 ms at 100,000.)
    // fastupdate off: a pending list (read in full by every lookup until vacuum merges it) made lookups 10-30 ms.
    index("translation_segments_bands_idx").using("gin", t.sourceBands).with({ fastupdate: false }),
    index("translation_segments_template_idx").on(t.templateId),
    index("translation_segments_version_idx").on(t.versionId),
    index("translation_segments_created_by_idx").on(t.createdBy),
  ],
);
