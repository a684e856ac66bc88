import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import type { DocJSON } from "@/lib/editor/extensions";
import type { Finding } from "@/lib/policy/types";
import type { A11yResult } from "@/lib/a11y/result";
import type { VariantStatus, VersionState } from "@/lib/templates/model";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const templates = pgTable(
  "templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Stable identifier the sending system uses, e.g. "delivery-appointment". */
    key: text("key").notNull(),
    name: text("name").notNull(),
    purpose: text("purpose").notNull(),
    sourceLocale: text("source_locale").notNull(),
    /** Every locale the template must exist in, the source first. */
    locales: text("locales").array().notNull(),
    liveVersionId: uuid("live_version_id").references((): AnyPgColumn => templateVersions.id),
    // Summaries of the newest version, kept current by every write, so the list filters with indexes.
    status: text("status").$type<VersionState>().notNull().default("draft"),
    needsTranslation: boolean("needs_translation").notNull().default(true),
    hasErrors: boolean("has_errors").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    /** Paused by a blocked or restricted send outcome: the render API refuses it (423) until an admin resumes it. */
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    /** Why: the outcome that paused it ({ sendId, outcome, detail, orderId }). */
    pause: jsonb("pause").$type<{ sendId: string; outcome: string; detail: string; orderId: string }>(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("templates_org_key_idx").on(t.organisationId, t.key),
    // NULLS FIRST matches `ORDER BY … DESC` exactly; otherwise PostgreSQL cannot walk the index for the list.
    index("templates_org_updated_idx").on(t.organisationId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("templates_org_purpose_idx").on(t.organisationId, t.purpose, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("templates_org_status_idx").on(t.organisationId, t.status, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("templates_search_idx").using("gin", sql`(${t.name} || ' ' || ${t.key}) gin_trgm_ops`),
    index("templates_locales_idx").using("gin", t.locales),
    index("templates_live_version_idx").on(t.liveVersionId),
    index("templates_created_by_idx").on(t.createdBy),
  ],
);

export const templateVersions = pgTable(
  "template_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => templates.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    state: text("state").$type<VersionState>().notNull().default("draft"),
    /** The version whose content this one started from (edit of a published version, restore). */
    basedOnVersionId: uuid("based_on_version_id").references((): AnyPgColumn => templateVersions.id),
    createdBy: uuid("created_by").references(() => users.id),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** Hash over every variant's subject and document and the policy version, fixed at approval. */
    approvedContentHash: text("approved_content_hash"),
    approvedPolicyVersion: text("approved_policy_version"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("template_versions_template_number_idx").on(t.templateId, t.number),
    // Only the newest version may be open for work: at most one per template.
    uniqueIndex("template_versions_one_open_idx")
      .on(t.templateId)
      .where(sql`${t.state} in ('draft', 'in_review', 'changes_requested')`),
    // Exactly one live version: publishing supersedes the previous one in the same transaction.
    uniqueIndex("template_versions_one_published_idx").on(t.templateId).where(sql`${t.state} = 'published'`),
    index("template_versions_org_state_idx").on(t.organisationId, t.state),
    index("template_versions_based_on_idx").on(t.basedOnVersionId),
    index("template_versions_created_by_idx").on(t.createdBy),
    index("template_versions_submitted_by_idx").on(t.submittedBy),
    index("template_versions_published_by_idx").on(t.publishedBy),
  ],
);

export interface TranslatedFrom {
  /** Content hash of the source variant when this translation was declared finished. */
  hash: string;
  subject: string;
  /** The source's plain text then, to show what changed since. */
  text: string;
}

export const templateVariants = pgTable(
  "template_variants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => templateVersions.id, { onDelete: "cascade" }),
    templateId: uuid("template_id")
      .notNull()
      .references(() => templates.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    isSource: boolean("is_source").notNull().default(false),
    subject: text("subject").notNull().default(""),
    doc: jsonb("doc").$type<DocJSON>().notNull(),
    status: text("status").$type<VariantStatus>().notNull().default("missing"),
    /** Bumped by every save; a save based on another revision is a conflict. */
    revision: integer("revision").notNull().default(0),
    contentHash: text("content_hash").notNull(),
    translatedFrom: jsonb("translated_from").$type<TranslatedFrom>(),
    policyFindings: jsonb("policy_findings").$type<Finding[]>().notNull().default([]),
    policyVersion: text("policy_version"),
    /** The content hash the stored findings were made for: unchanged content is not re-checked. */
    policyContentHash: text("policy_content_hash"),
    errorCount: integer("error_count").notNull().default(0),
    warningCount: integer("warning_count").notNull().default(0),
    a11yResult: jsonb("a11y_result").$type<A11yResult>(),
    a11yContentHash: text("a11y_content_hash"),
    a11yViolationCount: integer("a11y_violation_count").notNull().default(0),
    updatedBy: uuid("updated_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("template_variants_version_locale_idx").on(t.versionId, t.locale),
    index("template_variants_org_locale_status_idx").on(t.organisationId, t.locale, t.status),
    index("template_variants_template_idx").on(t.templateId),
    index("template_variants_updated_by_idx").on(t.updatedBy),
  ],
);

/** Everyone who changed a version's content: four-eyes keeps them from approving it. */
export const versionEditors = pgTable(
  "version_editors",
  {
    versionId: uuid("version_id")
      .notNull()
      .references(() => templateVersions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.userId] }), index("version_editors_user_idx").on(t.userId)],
);
