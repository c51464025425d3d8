import { index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations, sections } from "./consultations";
import { organisations } from "./organisations";

export const submissionKindEnum = pgEnum("submission_kind", ["comment", "amendment", "general"]);
export const stanceEnum = pgEnum("stance", ["support", "support_with_changes", "oppose", "neutral"]);
export const submissionLanguageEnum = pgEnum("submission_language", ["id", "en", "other"]);
export const consentEnum = pgEnum("consent", ["public_named", "public_anonymous", "private"]);
export const submissionStatusEnum = pgEnum("submission_status", ["pending", "approved", "rejected", "withdrawn"]);

export const submissions = pgTable(
  "submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    // Null for input on the whole draft (kind "general").
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "restrict" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    // Null when the author writes as an individual expert.
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "restrict" }),
    kind: submissionKindEnum("kind").notNull(),
    stance: stanceEnum("stance").notNull(),
    body: text("body").notNull(),
    quotedPassage: text("quoted_passage"),
    proposedText: text("proposed_text"),
    language: submissionLanguageEnum("language").notNull(),
    consent: consentEnum("consent").notNull(),
    status: submissionStatusEnum("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("submissions_reference_key").on(table.reference),
    index("submissions_section_status_idx").on(table.sectionId, table.status),
    index("submissions_consultation_status_idx").on(table.consultationId, table.status),
    index("submissions_author_idx").on(table.authorId),
  ],
);
