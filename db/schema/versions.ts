import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { documentVersions, sections } from "./consultations";
import { submissions } from "./submissions";
import { amendmentOutcomes, sectionMappingKinds } from "./values";

export const sectionMappingKindEnum = pgEnum("section_mapping_kind", sectionMappingKinds);
export const amendmentOutcomeEnum = pgEnum("amendment_outcome", amendmentOutcomes);

/**
 * Where each section of the previous version went in a new one (decision 033): one row per
 * (from, to) pair, so a split has several rows and a merge several rows with one `to`. A removed
 * section has no `to`; a new section no `from`.
 */
export const sectionMappings = pgTable(
  "section_mappings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => documentVersions.id, { onDelete: "cascade" }),
    fromSectionId: uuid("from_section_id").references(() => sections.id, { onDelete: "cascade" }),
    toSectionId: uuid("to_section_id").references(() => sections.id, { onDelete: "cascade" }),
    kind: sectionMappingKindEnum("kind").notNull(),
  },
  (table) => [
    index("section_mappings_version_idx").on(table.versionId),
    index("section_mappings_from_idx").on(table.fromSectionId),
    index("section_mappings_to_idx").on(table.toSectionId),
    uniqueIndex("section_mappings_pair_key").on(table.versionId, table.fromSectionId, table.toSectionId),
    check("section_mappings_one_side", sql`from_section_id is not null or to_section_id is not null`),
  ],
);

/** What became of each accepted amendment when a new version was drafted from the one it was written on. */
export const versionAmendmentOutcomes = pgTable(
  "version_amendment_outcomes",
  {
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => documentVersions.id, { onDelete: "cascade" }),
    outcome: amendmentOutcomeEnum("outcome").notNull(),
    // Why it conflicted (a translation key), then the secretariat's note once resolved.
    conflict: text("conflict"),
    note: text("note"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("version_amendment_outcomes_key").on(table.submissionId, table.versionId)],
);
