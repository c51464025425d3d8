import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// Counters live in the database, not in memory, so several app servers share one limit.
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);

// A log-in's progressive delay per e-mail: a streak of failures, and when the next attempt may start.
export const loginDelays = pgTable("login_delays", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
  waitUntil: timestamp("wait_until", { withTimezone: true }),
});

export const seedRuns = pgTable("seed_runs", {
  name: text("name").primaryKey(),
  ranAt: timestamp("ran_at", { withTimezone: true }).notNull().defaultNow(),
});
