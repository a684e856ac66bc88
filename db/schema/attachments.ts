import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { templateVariants, templateVersions, templates } from "./templates";
import type { Finding } from "@/lib/policy/types";

/** Raw bytes (PostgreSQL bytea); drizzle has no built-in column for it. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | Buffer }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * File contents by SHA-256 within an organisation (server/attachments/storage.ts keeps them here
 * unless a deployment points it at object storage). Content-addressed: the same warranty card in
 * two versions is stored once, and a stored file can never change under its hash.
 */
export const attachmentBlobs = pgTable(
  "attachment_blobs",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sha256: text("sha256").notNull(),
    bytes: bytea("bytes").notNull(),
    size: integer("size").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.sha256] })],
);

export type AttachmentFindingRecord = Finding & { page: number };

/**
 * A file sent with one language variant of a version (a German warranty card with the German
 * variant), with what the policy check found in its text. Frozen with the version like the text.
 */
export const variantAttachments = pgTable(
  "variant_attachments",
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
    locale: text("locale").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    pageCount: integer("page_count").notNull(),
    /** The text of each page as extracted when the file was added: later policy checks run on it, not on the bytes again. */
    textPages: jsonb("text_pages").$type<string[]>().notNull().default([]),
    findings: jsonb("findings").$type<AttachmentFindingRecord[]>().notNull().default([]),
    policyVersion: text("policy_version").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The name is what the buyer sees; two files of one variant may not share it.
    uniqueIndex("variant_attachments_variant_name_idx").on(t.variantId, t.fileName),
    index("variant_attachments_version_idx").on(t.versionId),
    index("variant_attachments_org_idx").on(t.organisationId),
    index("variant_attachments_template_idx").on(t.templateId),
    index("variant_attachments_created_by_idx").on(t.createdBy),
  ],
);
