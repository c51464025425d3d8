// The columns of the working group's export and of the public open data: one list each, read by
// every format (CSV, XLSX, JSON) and documented on the open data page. Each column's value is an
// SQL expression over one row of the export's page (`page`, rows.server.ts): PostgreSQL applies
// what consent allows as it writes each line, so the app server never holds a row as objects.
import { type SQL, sql } from "drizzle-orm";

/** A text, a count, or a list (themes), which the formats write as one cell joined by "; " or as an array. */
export type ColumnKind = "text" | "number" | "list";
export type Column = { name: string; kind: ColumnKind; value: SQL };

const field = (name: string) => sql`page.${sql.identifier(name)}`;
const text = (name: string, value: SQL = field(name)): Column => ({ name, kind: "text", value });

const named = sql`page.consent = 'public_named'`;

// Who sent it, as its author allowed: named input names its author and organisation; anonymous
// and private input only the kind of organisation and its country.
const identity: Column[] = [
  text("author_name", sql`case when ${named} then page.author_name end`),
  text("organisation_name", sql`case when ${named} then page.organisation_name end`),
  text("organisation_type", sql`coalesce(page.organisation_type, 'individual')`),
  text("organisation_country"),
];

const content: Column[] = [
  text("section"),
  text("kind"),
  text("stance"),
  text("language"),
  text("text", field("body")),
  text("quoted_passage"),
  text("proposed_text"),
];

const grouping: Column[] = [
  text("duplicate_group"),
  { name: "duplicate_group_size", kind: "number", value: field("duplicate_group_size") },
];

export const EXPORT_COLUMNS: Column[] = [
  text("reference"),
  text("sent_at"),
  text("updated_at"),
  text("decided_at"),
  text("withdrawn_at"),
  ...content,
  ...identity,
  text("status"),
  text("rejection_reason"),
  // "health:suggested", "education:manual": a theme and whether it was accepted from a suggestion or added by hand.
  { name: "themes", kind: "list", value: field("tags") },
  ...grouping,
  text("consent"),
];

/** Only in an export an admin asked for with e-mail addresses (and the audit log recorded). */
export const EMAIL_COLUMN: Column = text("email");

/** The public download: approved input shown as its author allowed, never private text or e-mail. */
export const OPEN_DATA_COLUMNS: Column[] = [
  text("reference"),
  text("sent_at"),
  ...content,
  ...identity,
  {
    name: "themes",
    kind: "list",
    value: sql`array(select split_part(tag.value, ':', 1) from unnest(page.tags) with ordinality as tag(value, position) order by tag.position)`,
  },
  ...grouping,
  text("consent"),
];
