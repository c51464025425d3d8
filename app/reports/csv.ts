// CSV as spreadsheets open it: UTF-8 with a byte-order mark (so Excel reads Bahasa Indonesia's and
// other non-ASCII letters as UTF-8), CRLF line ends, every text cell quoted. The submissions'
// exports have each line written by PostgreSQL (sqlCsvLine), so a batch reaches the app server as
// one text; the audit log's rows are written here (csvLine). Both follow the same rules, and
// csv.test.ts and the exports' integration test check the same cases.
import { type SQL, sql } from "drizzle-orm";
import type { Column } from "./columns";

export const BYTE_ORDER_MARK = "\uFEFF";

/**
 * A text starting with one of these, even after blanks, is read by spreadsheets as a formula (or,
 * with tab, CR and LF, slips past a check for the others): it is kept as text by a leading
 * apostrophe (OWASP, "CSV injection").
 */
const FORMULA_START = /^(\s*[=+\-@]|[\t\r\n])/;
const SQL_FORMULA_START = sql.raw(`'^([[:space:]]*[=+@-]|[\\t\\r\\n])'`);

export type Cell = string | number | null | readonly string[];
/** A column of rows held in JavaScript (the audit log's export). */
export type RowColumn<Row> = { name: string; value: (row: Row) => Cell };

export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = typeof value === "string" ? value : value.join("; ");
  return `"${neutralised(text).replaceAll('"', '""')}"`;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A text cell, as PostgreSQL writes it: quoted, its quotes doubled, a formula's start neutralised; empty when null. */
function textCell(value: SQL): SQL {
  return sql`coalesce('"' || replace(case when ${value} ~ E${SQL_FORMULA_START} then '''' || ${value} else ${value} end, '"', '""') || '"', '')`;
}

export function sqlCsvCell(column: Column): SQL {
  if (column.kind === "number") return sql`coalesce((${column.value})::text, '')`;
  if (column.kind === "list") return textCell(sql`array_to_string(${column.value}, '; ')`);
  return textCell(column.value);
}

/** One row's line, CRLF included, as PostgreSQL writes it. */
export function sqlCsvLine(columns: Column[]): SQL {
  return sql`concat_ws(',', ${sql.join(columns.map(sqlCsvCell), sql`, `)}) || E'\\r\\n'`;
}

/** The header: each column's name, quoted like every text cell. */
export function csvHeader(columns: Column[]): string {
  return `${columns.map((column) => `"${column.name}"`).join(",")}\r\n`;
}
