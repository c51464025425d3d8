import { sql } from "drizzle-orm";
import {
  bigint,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { consultations, sections } from "./consultations";
import { organisations } from "./organisations";
import {
  consents,
  rejectionReasons,
  stances,
  submissionKinds,
  submissionLanguages,
  submissionStatuses,
} from "./values";

export const submissionKindEnum = pgEnum("submission_kind", submissionKinds);
export const stanceEnum = pgEnum("stance", stances);
export const submissionLanguageEnum = pgEnum("submission_language", submissionLanguages);
export const consentEnum = pgEnum("consent", consents);
export const rejectionReasonEnum = pgEnum("rejection_reason", rejectionReasons);
export const submissionStatusEnum = pgEnum("submission_status", submissionStatuses);

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
    rejectionReason: rejectionReasonEnum("rejection_reason"),
    // Written by the working group for the author to read.
    decisionNote: text("decision_note"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    // Near-duplicates (form letters, resubmissions) share a group, named after its first member.
    duplicateGroupId: uuid("duplicate_group_id"),
    minhash: bigint("minhash", { mode: "number" }).array(),
    // Chosen when the form is first shown and sent with it: a resent form or a double click finds the same row.
    idempotencyKey: uuid("idempotency_key").notNull().defaultRandom(),
    attachmentId: uuid("attachment_id").references(() => attachments.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("submissions_reference_key").on(table.reference),
    unique("submissions_idempotency_key").on(table.authorId, table.idempotencyKey),
    // The queue's order within a status, and within a section (and status): a page is the first
    // 50 entries of one of these, even among a million submissions.
    index("submissions_section_queue_idx").on(table.sectionId, table.status, table.createdAt, table.id),
    index("submissions_status_queue_idx").on(table.consultationId, table.status, table.createdAt, table.id),
    // Few submissions carry a file: filtering on one must not walk the whole queue.
    index("submissions_attachment_queue_idx")
      .on(table.consultationId, table.createdAt, table.id)
      .where(sql`attachment_id is not null`),
    index("submissions_author_idx").on(table.authorId),
    // The review queue's default order, and the start of its keyset pages.
    index("submissions_queue_idx").on(table.consultationId, table.createdAt, table.id),
    // A group's members in queue order: "one row per group" asks, per row, for an earlier member.
    index("submissions_duplicate_group_idx").on(table.duplicateGroupId, table.status, table.createdAt, table.id),
    // A group's members in any status, in queue order: the page of one campaign among a million.
    // Migration 0012 adds the filter columns (INCLUDE, which drizzle cannot declare) so a group's
    // counts per value are read from this index alone.
    index("submissions_group_queue_idx")
      .on(table.duplicateGroupId, table.createdAt, table.id)
      .where(sql`duplicate_group_id is not null`),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const attachmentKinds = ["pdf", "docx", "odt"] as const;
export const attachmentKindEnum = pgEnum("attachment_kind", attachmentKinds);

// Stored in the database so one backup holds everything. Uploaded before the author confirms,
// so a row may exist before any submission points at it.
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    kind: attachmentKindEnum("kind").notNull(),
    byteSize: integer("byte_size").notNull(),
    content: bytea("content").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("attachments_owner_idx").on(table.ownerId)],
);

/** The text as it was before each edit by its author. */
export const submissionRevisions = pgTable(
  "submission_revisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    kind: submissionKindEnum("kind").notNull(),
    stance: stanceEnum("stance").notNull(),
    body: text("body").notNull(),
    quotedPassage: text("quoted_passage"),
    proposedText: text("proposed_text"),
    language: submissionLanguageEnum("language").notNull(),
    consent: consentEnum("consent").notNull(),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("submission_revisions_submission_idx").on(table.submissionId)],
);

/** Hands out ASCC-2026-0001, ASCC-2026-0002 … per consultation and year without gaps from races. */
export const referenceCounters = pgTable(
  "reference_counters",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (table) => [primaryKey({ columns: [table.consultationId, table.year] })],
);

/** Working-group notes on a submission: never shown to its author or the public. */
export const moderationNotes = pgTable(
  "moderation_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("moderation_notes_submission_idx").on(table.submissionId)],
);

/** MinHash bands of each submission, to find near-duplicates without comparing every pair. */
export const submissionBands = pgTable(
  "submission_bands",
  {
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id").notNull(),
    band: integer("band").notNull(),
    hash: integer("hash").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.submissionId, table.band] }),
    index("submission_bands_lookup_idx").on(table.consultationId, table.band, table.hash),
  ],
);

/**
 * Submissions waiting to be filed with their near-duplicates, written in the transaction that
 * stores or edits the text and removed in the one that files it: a crash in between leaves the
 * row, and the filing is retried (decision 017).
 */
export const nearDuplicateFilings = pgTable(
  "near_duplicate_filings",
  {
    submissionId: uuid("submission_id")
      .primaryKey()
      .references(() => submissions.id, { onDelete: "cascade" }),
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
    // Failed filings are retried a few times, then left for an operator (and /healthz) to see.
    attempts: integer("attempts").notNull().default(0),
  },
  (table) => [index("near_duplicate_filings_order_idx").on(table.queuedAt)],
);

/**
 * Bumped by triggers (migration 0015) in the same transaction as every change to the approved
 * input on a section: what visitors read under it. A kept section page is keyed by it
 * (docs/decisions/016), so every app server sees a decision on the next request. Nobody writes
 * it but the triggers.
 */
export const sectionInputVersions = pgTable("section_input_versions", {
  sectionId: uuid("section_id")
    .primaryKey()
    .references(() => sections.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
