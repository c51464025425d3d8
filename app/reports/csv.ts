// CSV as spreadsheets open it: UTF-8 with a byte-order mark (so Excel reads Bahasa Indonesia's and
// other non-ASCII letters as UTF-8), CRLF line ends, every text cell quoted.

export const BYTE_ORDER_MARK = "\uFEFF";

/**
 * A text starting with one of these, even after blanks, is read by spreadsheets as a formula (or,
 * with tab, CR and LF, slips past a check for the others): it is kept as text by a leading
 * apostrophe (OWASP, "CSV injection").
 */
const FORMULA_START = /^(\s*[=+\-@]|[\t\r\n])/;

export type Cell = string | number | null | readonly string[];

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
