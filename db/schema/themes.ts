import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { consultations } from "./consultations";
import { submissions } from "./submissions";
import { tagSources } from "./values";

export const themes = pgTable(
  "themes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    labelEn: text("label_en").notNull(),
    labelId: text("label_id").notNull(),
    descriptionEn: text("description_en").notNull(),
    descriptionId: text("description_id").notNull(),
    keywordsEn: text("keywords_en").array().notNull().default([]),
    keywordsId: text("keywords_id").array().notNull().default([]),
    // A retired theme is offered for neither tagging nor suggestions, and stays in history and
    // reports with its tags; a merged one is retired too, its tags moved to the theme it names.
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => themes.id, { onDelete: "set null" }),
  },
  (table) => [unique("themes_key_key").on(table.consultationId, table.key)],
);

export const tagSourceEnum = pgEnum("tag_source", tagSources);

/** A submission tagged with a theme: by hand, or by accepting a suggestion (its confidence kept). */
export const submissionThemes = pgTable(
  "submission_themes",
  {
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    source: tagSourceEnum("source").notNull(),
    confidence: real("confidence"),
    addedBy: text("added_by").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    // The submission's own (never changing) sending time, so that a theme's submissions in queue
    // order come from one index, as a page of the queue needs. A trigger copies it from the
    // submission on every insert (migration 0010); the default only spares inserts from naming it.
    submissionCreatedAt: timestamp("submission_created_at", { withTimezone: true }).notNull().default(sql`'-infinity'`),
  },
  (table) => [
    primaryKey({ columns: [table.submissionId, table.themeId] }),
    index("submission_themes_theme_idx").on(table.themeId),
    index("submission_themes_queue_idx").on(table.themeId, table.submissionCreatedAt, table.submissionId),
  ],
);

/** A suggestion a person turned down: it is not offered again for that submission. */
export const dismissedSuggestions = pgTable(
  "dismissed_suggestions",
  {
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    dismissedBy: text("dismissed_by").notNull(),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.submissionId, table.themeId] })],
);

/*
 * A per-consultation number that triggers raise whenever what theme suggestions learn from changes
 * (a tag added or removed, a theme's keywords, a tagged submission's text; migration 0009): a
 * server holding a consultation's theme model knows, with one read, whether it is out of date.
 */
export const themeModelVersions = pgTable("theme_model_versions", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id, { onDelete: "cascade" }),
  // New whenever the row is made anew (after a TRUNCATE, a restore): versions start over then.
  epoch: uuid("epoch").notNull().defaultRandom(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
