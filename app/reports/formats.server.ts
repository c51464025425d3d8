// The export formats, each a stream that asks for the next batch only when the one before was
// taken by the response: CSV, JSON, and XLSX through exceljs's streaming writer (decision 027).
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Column, ExportRow } from "./columns";
import { BYTE_ORDER_MARK, csvLine } from "./csv";

import { type ExportFormat, exportFormats } from "./export-formats";

export { type ExportFormat, exportFormats };

export const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

type Batches = AsyncIterator<ExportRow[]>;

/** Resolves when the response has taken what was written (AppLoadContext.drained); at once where nothing can tell. */
export type Drained = () => Promise<void>;
const notWaiting: Drained = () => Promise.resolve();

/** A byte stream of texts made one batch at a time, on demand. */
function pulled(first: string, next: () => Promise<string | null>, drained: Drained): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(first));
        return;
      }
      await drained();
      const text = await next();
      if (text === null) controller.close();
      else controller.enqueue(encoder.encode(text));
    },
  });
}

export function csvStream<Row = ExportRow>(
  columns: Column<Row>[],
  batches: AsyncIterator<Row[]>,
  drained = notWaiting,
): ReadableStream<Uint8Array> {
  return pulled(
    BYTE_ORDER_MARK + csvLine(columns.map((column) => column.name)),
    async () => {
      const batch = await batches.next();
      if (batch.done) return null;
      return batch.value.map((row) => csvLine(columns.map((column) => column.value(row)))).join("");
    },
    drained,
  );
}

const jsonRecord = (columns: Column[], row: ExportRow) =>
  JSON.stringify(Object.fromEntries(columns.map((column) => [column.name, column.value(row)])));

/** `{ ...head, "submissions": [ … ] }`, written as it is read. */
export function jsonStream(
  head: Record<string, unknown>,
  columns: Column[],
  batches: Batches,
  drained = notWaiting,
): ReadableStream<Uint8Array> {
  let first = true;
  let ended = false;
  const opening = JSON.stringify(head).slice(0, -1);
  return pulled(
    `${opening}${opening.length > 1 ? "," : ""}"submissions":[`,
    async () => {
      if (ended) return null;
      const batch = await batches.next();
      if (batch.done) {
        ended = true;
        return "]}\n";
      }
      const records = batch.value.map((row) => jsonRecord(columns, row)).join(",\n");
      const text = `${first ? "\n" : ",\n"}${records}`;
      first = false;
      return text;
    },
    drained,
  );
}

/** A sheet after the submissions: a few rows, made once the submissions are written (the themes, say). */
export type SmallSheet = { name: string; header: string[]; rows: (string | number | null)[][] };

/**
 * The submissions sheet, then the small ones. exceljs writes each committed row into the zip as it
 * goes; waiting for the response to take what was written before reading the next batch keeps
 * memory to about one batch. Texts are cells of type string, which no spreadsheet evaluates.
 */
export function xlsxStream(
  columns: Column[],
  batches: Batches,
  after: () => SmallSheet[],
  drained = notWaiting,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const cellOf = (value: ReturnType<Column["value"]>) =>
    value === null ? null : typeof value === "object" ? value.join("; ") : value;
  void (async () => {
    const sheet = workbook.addWorksheet("submissions");
    sheet.addRow(columns.map((column) => column.name)).commit();
    for (let batch = await batches.next(); !batch.done; batch = await batches.next()) {
      for (const row of batch.value) sheet.addRow(columns.map((column) => cellOf(column.value(row)))).commit();
      if (output.writableNeedDrain) await once(output, "drain");
      await drained();
    }
    sheet.commit();
    for (const small of after()) {
      const added = workbook.addWorksheet(small.name);
      added.addRow(small.header).commit();
      for (const row of small.rows) added.addRow(row).commit();
      added.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
