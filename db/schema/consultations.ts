import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { consultationPhases, versionStatuses } from "./values";

export const consultationPhaseEnum = pgEnum("consultation_phase", consultationPhases);
export const versionStatusEnum = pgEnum("version_status", versionStatuses);

export const consultations = pgTable("consultations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  referencePrefix: text("reference_prefix").notNull().unique(),
  titleEn: text("title_en").notNull(),
  titleId: text("title_id").notNull(),
  summaryEn: text("summary_en").notNull(),
  summaryId: text("summary_id").notNull(),
  descriptionEn: text("description_en").notNull(),
  descriptionId: text("description_id").notNull(),
  phase: consultationPhaseEnum("phase").notNull().default("draft"),
  opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
  closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
  timeZone: text("time_zone").notNull().default("Asia/Jakarta"),
  // The licence of the open data download (an SPDX identifier), chosen per consultation.
  dataLicence: text("data_licence").notNull().default("CC-BY-4.0"),
  // A draft with this set is opened by the server's clock at opens_at (decision 029).
  opensAutomatically: boolean("opens_automatically").notNull().default(false),
  // Off: the send form offers no amendment; those already sent stay as they are.
  amendmentsOpen: boolean("amendments_open").notNull().default(true),
  // While the next version is drafted, input on the current one may be paused (decision 033).
  inputFrozen: boolean("input_frozen").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const documentVersions = pgTable(
  "document_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    titleEn: text("title_en").notNull(),
    titleId: text("title_id").notNull(),
    // The current version is the published one readers see by default; a drafting one is never current.
    isCurrent: boolean("is_current").notNull().default(false),
    status: versionStatusEnum("status").notNull().default("published"),
    changelogEn: text("changelog_en"),
    changelogId: text("changelog_id"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    basedOnVersionId: uuid("based_on_version_id").references((): AnyPgColumn => documentVersions.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("document_versions_label_key").on(table.consultationId, table.label),
    // At most one next version in the making per consultation, whatever the race.
    uniqueIndex("document_versions_one_drafting_idx").on(table.consultationId).where(sql`status = 'drafting'`),
  ],
);

export const sections = pgTable(
  "sections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => documentVersions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    number: text("number").notNull(),
    headingEn: text("heading_en"),
    headingId: text("heading_id"),
    bodyEn: text("body_en"),
    bodyId: text("body_id"),
    amendmentsOpen: boolean("amendments_open").notNull().default(true),
  },
  (table) => [
    unique("sections_number_key").on(table.versionId, table.number),
    unique("sections_position_key").on(table.versionId, table.position),
  ],
);
