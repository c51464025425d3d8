// CSV as spreadsheets open it: UTF-8 with a byte-order mark (so Excel reads Bahasa Indonesia's and
// other non-ASCII letters as UTF-8), CRLF line ends, every text cell quoted. Each line is written
// by PostgreSQL (csvLine), so a batch of rows reaches the app server as one text.
import { type SQL, sql } from "drizzle-orm";
import type { Column } from "./columns";

export const BYTE_ORDER_MARK = "\uFEFF";

/**
 * A text starting with one of these, even after blanks, is read by spreadsheets as a formula (or,
 * with tab, CR and LF, slips past a check for the others): it is kept as text by a leading
 * apostrophe (OWASP, "CSV injection").
 */
const FORMULA_START = sql.raw(`'^([[:space:]]*[=+@-]|[\\t\\r\\n])'`);

/** A text cell: quoted, its quotes doubled, a formula's start neutralised; empty when null. */
function textCell(value: SQL): SQL {
  return sql`coalesce('"' || replace(case when ${value} ~ E${FORMULA_START} then '''' || ${value} else ${value} end, '"', '""') || '"', '')`;
}

export function csvCell(column: Column): SQL {
  if (column.kind === "number") return sql`coalesce((${column.value})::text, '')`;
  if (column.kind === "list") return textCell(sql`array_to_string(${column.value}, '; ')`);
  return textCell(column.value);
}

/** One row's line, CRLF included. */
export function csvLine(columns: Column[]): SQL {
  return sql`concat_ws(',', ${sql.join(columns.map(csvCell), sql`, `)}) || E'\\r\\n'`;
}

/** The header: each column's name, quoted like every text cell. */
export function csvHeader(columns: Column[]): string {
  return `${columns.map((column) => `"${column.name}"`).join(",")}\r\n`;
}
