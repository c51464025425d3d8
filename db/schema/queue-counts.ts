import { boolean, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { consultations, sections } from "./consultations";
import { countryEnum } from "./organisations";
import { stanceEnum, submissionKindEnum, submissionLanguageEnum, submissionStatusEnum } from "./submissions";
import { themes } from "./themes";

/*
 * How many submissions share each combination of the review queue's filter values, kept exact by
 * triggers in the same transaction as every change (migration 0007). Counting a million rows per
 * page view is far too slow; summing these few thousand rows is not (docs/decisions/007).
 * Nobody writes these tables but the triggers.
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
};

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
  ],
);
