import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./accounts";
import { apiKeys } from "./api-keys";
import { templateVersions, templates } from "./templates";
import type { SendOutcome } from "@/lib/delivery/sends-request";


/**
 * A rendered message the sending system reports as sent (POST /api/v1/sends): which published
 * version, language and content hash went to which Amazon order. What makes "once per order"
 * enforceable and a block traceable to the exact text.
 */
export const sends = pgTable(
  "sends",
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
    /** The template's purpose when it was sent: "one review request per order" reads it. */
    purpose: text("purpose").notNull(),
    locale: text("locale").notNull(),
    orderId: text("order_id").notNull(),
    contentHash: text("content_hash").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    /** The client's Idempotency-Key and a hash of what it sent with it: a replay answers the same, a different body under the same key is refused. */
    idempotencyKey: text("idempotency_key").notNull(),
    requestHash: text("request_hash").notNull(),
    apiKeyId: uuid("api_key_id").references(() => apiKeys.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sends_org_idempotency_idx").on(t.organisationId, t.idempotencyKey),
    index("sends_org_order_purpose_idx").on(t.organisationId, t.orderId, t.purpose),
    index("sends_org_sent_idx").on(t.organisationId, t.sentAt),
    index("sends_template_idx").on(t.templateId),
    index("sends_version_idx").on(t.versionId),
    index("sends_api_key_idx").on(t.apiKeyId),
  ],
);

/** What happened to a send, as the sending system learned it (Seller Central shows blocks; the API cannot read them). */
export const sendOutcomes = pgTable(
  "send_outcomes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sendId: uuid("send_id")
      .notNull()
      .references(() => sends.id, { onDelete: "cascade" }),
    outcome: text("outcome").$type<SendOutcome>().notNull(),
    detail: text("detail").notNull().default(""),
    idempotencyKey: text("idempotency_key").notNull(),
    requestHash: text("request_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("send_outcomes_org_idempotency_idx").on(t.organisationId, t.idempotencyKey),
    index("send_outcomes_send_idx").on(t.sendId, t.createdAt),
    index("send_outcomes_org_idx").on(t.organisationId, t.createdAt),
  ],
);
