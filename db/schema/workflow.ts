import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { templateVariants, templateVersions, templates } from "./templates";
import type { Finding } from "@/lib/policy/types";

/** An approver's sign-off of exactly this content (hash) under this policy version. */
export const approvals = pgTable(
  "approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => templateVersions.id, { onDelete: "restrict" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    approverId: uuid("approver_id")
      .notNull()
      .references(() => users.id),
    contentHash: text("content_hash").notNull(),
    policyVersion: text("policy_version").notNull(),
    /**
     * The approver joined through an invitation link shown to an admin instead of mailed: the
     * account may be that admin's second identity, so the record says so.
     */
    approverInvitationLinkShown: boolean("approver_invitation_link_shown").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Not unique: the same approver may sign the same content again in a later review round.
    index("approvals_version_approver_idx").on(t.versionId, t.approverId),
    index("approvals_org_idx").on(t.organisationId),
    index("approvals_approver_idx").on(t.approverId),
  ],
);

/** A warning someone read and accepted, with their reason; valid for the content it was given on. */
export const acknowledgements = pgTable(
  "acknowledgements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => templateVariants.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => templateVersions.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    ruleId: text("rule_id").notNull(),
    /** lib/policy/gate.ts findingKeys: rule, flagged text and occurrence. */
    findingKey: text("finding_key").notNull(),
    contentHash: text("content_hash").notNull(),
    reason: text("reason").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("acknowledgements_variant_key_hash_idx").on(t.variantId, t.findingKey, t.contentHash),
    index("acknowledgements_version_idx").on(t.versionId),
    index("acknowledgements_org_idx").on(t.organisationId),
    index("acknowledgements_user_idx").on(t.userId),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => templateVersions.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The variant's locale the comment is about; null for the version as a whole. */
    locale: text("locale"),
    kind: text("kind").$type<"comment" | "changes_requested">().notNull().default("comment"),
    body: text("body").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comments_version_idx").on(t.versionId, t.createdAt), index("comments_org_idx").on(t.organisationId), index("comments_author_idx").on(t.authorId)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** i18n key suffix in workflow:notifications.* */
    kind: text("kind").notNull(),
    templateId: uuid("template_id").references(() => templates.id, { onDelete: "cascade" }),
    versionId: uuid("version_id").references(() => templateVersions.id, { onDelete: "cascade" }),
    data: jsonb("data").$type<Record<string, string | number>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_org_idx").on(t.userId, t.organisationId, t.createdAt),
    index("notifications_org_idx").on(t.organisationId),
    index("notifications_template_idx").on(t.templateId),
    index("notifications_version_idx").on(t.versionId),
  ],
);

/** Live versions re-checked against a newer policy: the "Needs attention" list. */
export const policyRechecks = pgTable(
  "policy_rechecks",
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
    policyVersion: text("policy_version").notNull(),
    findings: jsonb("findings").$type<Array<Finding & { locale: string }>>().notNull(),
    errorCount: integer("error_count").notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("policy_rechecks_version_policy_idx").on(t.versionId, t.policyVersion),
    index("policy_rechecks_org_errors_idx").on(t.organisationId, t.errorCount),
    index("policy_rechecks_template_idx").on(t.templateId),
  ],
);
