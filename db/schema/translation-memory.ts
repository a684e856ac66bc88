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
    index("translation_segments_lookup_idx").on(t.organisationId, t.sourceLocale, t.targetLocale),
    // Fuzzy lookup: `source_text % $1` walks this index; the equality and locale filters recheck.
    index("translation_segments_source_trgm_idx").using("gin", sql`${t.sourceText} gin_trgm_ops`),
    index("translation_segments_template_idx").on(t.templateId),
    index("translation_segments_version_idx").on(t.versionId),
    index("translation_segments_created_by_idx").on(t.createdBy),
  ],
);
