import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Append-only: a trigger (see the migration "audit_append_only") refuses UPDATE and DELETE.
// actor_id is deliberately not a foreign key, so removing an account never rewrites history.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index("audit_events_subject_idx").on(table.subjectType, table.subjectId),
    index("audit_events_occurred_at_idx").on(table.occurredAt),
    index("audit_events_action_idx").on(table.action, table.occurredAt),
    index("audit_events_actor_idx").on(table.actorId, table.occurredAt),
  ],
);

/**
 * The address an event was asked from, kept apart from the append-only event so that it can be
 * erased after the retention period (decision 038): a row is only ever inserted or deleted, never
 * changed (a trigger refuses UPDATE), and the event it belongs to stays as it was.
 */
export const auditEventAddresses = pgTable("audit_event_addresses", {
  // No foreign key: events are never deleted, and one would turn the log's own refusal of TRUNCATE
  // into PostgreSQL's "referenced in a foreign key" error.
  eventId: bigint("event_id", { mode: "number" }).primaryKey(),
  address: text("address").notNull(),
});
