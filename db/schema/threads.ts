import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { templateVariants, templateVersions, templates } from "./templates";
import type { ThreadKind } from "@/lib/threads/model";

/**
 * A discussion on one variant of a version, optionally about one block of the source, seen from
 * every language of that version. A translator's "problem in the source" is a thread of its own
 * kind, which also shows on the source. Resolving keeps the thread (and who resolved it).
 */
export const commentThreads = pgTable(
  "comment_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    templateId: uuid("template_id")
      .notNull()
      .references(() => templates.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => templateVersions.id, { onDelete: "cascade" }),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => templateVariants.id, { onDelete: "cascade" }),
    /** The variant's locale, kept so lists across languages need no join. */
    locale: text("locale").notNull(),
    kind: text("kind").$type<ThreadKind>().notNull().default("comment"),
    /** The source unit the thread is about (an XLIFF unit id: `subject`, `b2`, `b3.li1`); null: the whole variant. */
    anchorUnit: text("anchor_unit"),
    /** That block's text when the thread was started: the source may change afterwards. */
    anchorText: text("anchor_text"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id),
  },
  (t) => [
    index("comment_threads_version_idx").on(t.versionId, t.createdAt),
    index("comment_threads_org_idx").on(t.organisationId),
    index("comment_threads_template_idx").on(t.templateId),
    index("comment_threads_variant_idx").on(t.variantId),
    index("comment_threads_created_by_idx").on(t.createdBy),
    index("comment_threads_resolved_by_idx").on(t.resolvedBy),
  ],
);

/** One message in a thread; `mentions` are the members it named with @ (who were notified). */
export const threadComments = pgTable(
  "thread_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => commentThreads.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    mentions: uuid("mentions").array().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("thread_comments_thread_idx").on(t.threadId, t.createdAt),
    index("thread_comments_org_idx").on(t.organisationId),
    index("thread_comments_author_idx").on(t.authorId),
  ],
);
