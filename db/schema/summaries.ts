import { bigint, boolean, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations, sections } from "./consultations";
import { themes } from "./themes";

/**
 * The working group's summary of one theme (optionally narrowed to one section). Its text lives in
 * versions; `currentVersionId` is the newest (what the editor opens), `publishedVersionId` what
 * readers see until the next publish. No row: no summary yet.
 */
export const themeSummaries = pgTable(
  "theme_summaries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "cascade" }),
    currentVersionId: bigint("current_version_id", { mode: "number" }),
    publishedVersionId: bigint("published_version_id", { mode: "number" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by").references(() => users.id, { onDelete: "restrict" }),
  },
  (table) => [
    // One summary per theme and per theme-and-section; "no section" is one value, not many.
    unique("theme_summaries_theme_section_key").on(table.themeId, table.sectionId).nullsNotDistinct(),
    index("theme_summaries_consultation_idx").on(table.consultationId),
  ],
);

/** Every save of a summary: never changed afterwards, so any two can be compared. */
export const themeSummaryVersions = pgTable(
  "theme_summary_versions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    summaryId: uuid("summary_id")
      .notNull()
      .references(() => themeSummaries.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    bodyEn: text("body_en").notNull(),
    bodyId: text("body_id").notNull(),
    // Set when the working group publishes without that language on purpose; readers are told.
    enNotTranslated: boolean("en_not_translated").notNull().default(false),
    idNotTranslated: boolean("id_not_translated").notNull().default(false),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    // The version the author started from: a save whose base is no longer the newest is a conflict.
    baseNumber: integer("base_number"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("theme_summary_versions_number_key").on(table.summaryId, table.number)],
);
