import { bigint, boolean, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { consultations, sections } from "./consultations";
import { countryEnum } from "./organisations";
import { stanceEnum, submissionKindEnum, submissionLanguageEnum, submissionStatusEnum } from "./submissions";
import { themes } from "./themes";

/*
 * How many submissions share each combination of the review queue's filter values, kept exact by
 * triggers in the same transaction as every change (migration 0007). Counting a million rows per
 * page view is far too slow (docs/decisions/007). Nobody writes these tables but the triggers.
 */
const facetColumns = {
  consultationId: uuid("consultation_id")
    .notNull()
    .references(() => consultations.id, { onDelete: "cascade" }),
  status: submissionStatusEnum("status").notNull(),
  sectionId: uuid("section_id").references(() => sections.id, { onDelete: "cascade" }),
  language: submissionLanguageEnum("language").notNull(),
  stance: stanceEnum("stance").notNull(),
  kind: submissionKindEnum("kind").notNull(),
  // An organisation's type, or "individual" for an individual expert.
  organisationType: text("organisation_type").notNull(),
  country: countryEnum("country"),
  hasAttachment: boolean("has_attachment").notNull(),
  n: integer("n").notNull(),
  // The consultation's counts version that last changed this row: a server holding the counts in
  // memory fetches only the rows changed since the version it has.
  changedVersion: bigint("changed_version", { mode: "number" }).notNull().default(0),
};

/**
 * Bumped by the count triggers in the transaction that changes the counts. Writers take turns on
 * this row, so versions become visible in order. `epoch` changes when the row is made again.
 */
export const queueCountVersions = pgTable("queue_count_versions", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id, { onDelete: "cascade" }),
  epoch: uuid("epoch").notNull().defaultRandom(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

export const submissionFacetCounts = pgTable(
  "submission_facet_counts",
  { ...facetColumns, tagged: boolean("tagged").notNull() },
  (table) => [
    unique("submission_facet_counts_key")
      .on(
        table.consultationId,
        table.status,
        table.sectionId,
        table.language,
        table.stance,
        table.kind,
        table.organisationType,
        table.country,
        table.hasAttachment,
        table.tagged,
      )
      .nullsNotDistinct(),
    index("submission_facet_counts_changed_idx").on(table.consultationId, table.changedVersion),
  ],
);

/** The same per theme: one count per tag, so a submission with two themes counts under each. */
export const themeFacetCounts = pgTable(
  "theme_facet_counts",
  {
    ...facetColumns,
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (table) => [
    unique("theme_facet_counts_key")
      .on(
        table.consultationId,
        table.themeId,
        table.status,
        table.sectionId,
        table.language,
        table.stance,
        table.kind,
        table.organisationType,
        table.country,
        table.hasAttachment,
      )
      .nullsNotDistinct(),
    index("theme_facet_counts_changed_idx").on(table.consultationId, table.changedVersion),
  ],
);
