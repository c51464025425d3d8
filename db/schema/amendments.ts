import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { submissions } from "./submissions";

export const amendmentDecisionKinds = ["accepted", "rejected"] as const;
export const amendmentDecisionEnum = pgEnum("amendment_decision", amendmentDecisionKinds);

// The secretariat's answer to an approved amendment: given once, never changed.
export const amendmentDecisions = pgTable(
  "amendment_decisions",
  {
    submissionId: uuid("submission_id")
      .primaryKey()
      .references(() => submissions.id, { onDelete: "cascade" }),
    decision: amendmentDecisionEnum("decision").notNull(),
    reason: text("reason"),
    decidedBy: text("decided_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("amendment_decisions_decision_idx").on(table.decision)],
);
