import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { languageEnum, users } from "./accounts";
import { outboxStatuses } from "./values";

export const outboxStatusEnum = pgEnum("outbox_status", outboxStatuses);

// Every e-mail the app sends, written in the same transaction as the change that causes it and
// sent later by a worker (decision 035). Rendered when queued, so the row is the message as sent.
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    // Set null, not cascade: a deleted account's mail stays in the log of what was sent, without its owner.
    recipientId: text("recipient_id").references(() => users.id, { onDelete: "set null" }),
    toAddress: text("to_address").notNull(),
    language: languageEnum("language").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    status: outboxStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    // A message that must be queued at most once (a member's digest of one day) names itself here.
    dedupeKey: text("dedupe_key").unique("outbox_messages_dedupe_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    claimedBy: text("claimed_by"),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
  },
  (table) => [
    // What the sender looks for: only the rows still to send, in the order they fall due.
    index("outbox_messages_due_idx").on(table.nextAttemptAt).where(sql`status in ('queued', 'sending')`),
    index("outbox_messages_created_at_idx").on(table.createdAt),
    index("outbox_messages_recipient_idx").on(table.recipientId),
  ],
);

// A forgotten password's single-use link. Only the token's SHA-256 is kept: a copy of the table
// cannot be used to reset anyone's password.
export const passwordResets = pgTable(
  "password_resets",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("password_resets_user_idx").on(table.userId)],
);
