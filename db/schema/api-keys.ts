import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";

/** Keys for the seller's sending system: only a SHA-256 hash is stored; the prefix identifies a key in lists and logs. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => users.id),
  },
  (t) => [index("api_keys_org_idx").on(t.organisationId), index("api_keys_created_by_idx").on(t.createdBy), index("api_keys_revoked_by_idx").on(t.revokedBy)],
);
