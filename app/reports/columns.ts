// The columns of the working group's export and of the public open data: one list each, read by
// every format (CSV, XLSX, JSON) and documented on the open data page.
import type { Cell } from "./csv";

/** One submission as the exports read it (dates in ISO 8601, UTC). */
export type ExportRow = {
  reference: string;
  sentAt: string;
  updatedAt: string;
  decidedAt: string | null;
  withdrawnAt: string | null;
  section: string | null;
  kind: string;
  stance: string;
  language: string;
  body: string;
  quotedPassage: string | null;
  proposedText: string | null;
  consent: string;
  authorName: string;
  organisationName: string | null;
  organisationType: string | null;
  organisationCountry: string | null;
  status: string;
  rejectionReason: string | null;
  /** "health:suggested", "education:manual": a theme and whether it was accepted from a suggestion or added by hand. */
  themes: string[];
  duplicateGroup: string | null;
  duplicateGroupSize: number | null;
  email: string | null;
};

/** A column of an export: its name in the header, and its cell for a row (a submission, unless said otherwise). */
export type Column<Row = ExportRow> = { name: string; value: (row: Row) => Cell };

const named = (row: ExportRow) => row.consent === "public_named";

// Who sent it, as its author allowed: named input names its author and organisation; anonymous
// and private input only the kind of organisation and its country.
const identity: Column[] = [
  { name: "author_name", value: (row) => (named(row) ? row.authorName : null) },
  { name: "organisation_name", value: (row) => (named(row) ? row.organisationName : null) },
  { name: "organisation_type", value: (row) => row.organisationType ?? "individual" },
  { name: "organisation_country", value: (row) => row.organisationCountry },
];

const content: Column[] = [
  { name: "section", value: (row) => row.section },
  { name: "kind", value: (row) => row.kind },
  { name: "stance", value: (row) => row.stance },
  { name: "language", value: (row) => row.language },
  { name: "text", value: (row) => row.body },
  { name: "quoted_passage", value: (row) => row.quotedPassage },
  { name: "proposed_text", value: (row) => row.proposedText },
];

const grouping: Column[] = [
  { name: "duplicate_group", value: (row) => row.duplicateGroup },
  { name: "duplicate_group_size", value: (row) => row.duplicateGroupSize },
];

export const EXPORT_COLUMNS: Column[] = [
  { name: "reference", value: (row) => row.reference },
  { name: "sent_at", value: (row) => row.sentAt },
  { name: "updated_at", value: (row) => row.updatedAt },
  { name: "decided_at", value: (row) => row.decidedAt },
  { name: "withdrawn_at", value: (row) => row.withdrawnAt },
  ...content,
  ...identity,
  { name: "status", value: (row) => row.status },
  { name: "rejection_reason", value: (row) => row.rejectionReason },
  { name: "themes", value: (row) => row.themes },
  ...grouping,
  { name: "consent", value: (row) => row.consent },
];

/** Only in an export an admin asked for with e-mail addresses (and the audit log recorded). */
export const EMAIL_COLUMN: Column = { name: "email", value: (row) => row.email };

/** The public download: approved input shown as its author allowed, never private text or e-mail. */
export const OPEN_DATA_COLUMNS: Column[] = [
  { name: "reference", value: (row) => row.reference },
  { name: "sent_at", value: (row) => row.sentAt },
  ...content,
  ...identity,
  { name: "themes", value: (row) => row.themes.map((tag) => tag.split(":")[0] ?? tag) },
  ...grouping,
  { name: "consent", value: (row) => row.consent },
];
