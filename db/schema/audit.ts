import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE (see db/migrations). */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Insertion order: events of one transaction share its start time, so time alone cannot order them. */
    seq: bigint("seq", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "restrict" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "restrict" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    // clock_timestamp(), not now(): the moment of the event, not of its transaction's start.
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index("audit_events_org_created_idx").on(t.organisationId, t.createdAt),
    index("audit_events_org_seq_idx").on(t.organisationId, t.seq),
    index("audit_events_actor_idx").on(t.actorId),
    index("audit_events_subject_idx").on(t.subjectType, t.subjectId),
  ],
);
