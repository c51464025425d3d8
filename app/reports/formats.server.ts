// The export formats, each a stream that asks for the next batch only when the one before was
// taken by the response: CSV, JSON, and XLSX through exceljs's streaming writer (decision 027).
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { type SQL, sql } from "drizzle-orm";
import { collectingEvery8Mb } from "./collector.server";
import type { Column } from "./columns";
import { BYTE_ORDER_MARK, csvHeader, csvLine, type RowColumn } from "./csv";
import type { ExportRow } from "./rows.server";

import { type ExportFormat, exportFormats } from "./export-formats";

export { type ExportFormat, exportFormats };

export const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

type Texts = AsyncIterator<Uint8Array>;

/** Resolves when the response has taken what was written (AppLoadContext.drained); at once where nothing can tell. */
export type Drained = () => Promise<void>;
const notWaiting: Drained = () => Promise.resolve();

/** A byte stream of texts made one batch at a time, on demand. */
function pulled(
  first: string,
  next: () => Promise<(string | Uint8Array)[] | null>,
  drained: Drained,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const sent = collectingEvery8Mb();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(first));
        return;
      }
      await drained();
      const chunks = await next();
      if (chunks === null) controller.close();
      else
        for (const chunk of chunks) {
          const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
          controller.enqueue(bytes);
          sent(bytes.length);
        }
    },
  });
}

/** The CSV of rows held in JavaScript, each batch written here (the audit log's export). */
export function csvStream<Row>(
  columns: RowColumn<Row>[],
  batches: AsyncIterator<Row[]>,
  drained = notWaiting,
): ReadableStream<Uint8Array> {
  return pulled(
    BYTE_ORDER_MARK + csvLine(columns.map((column) => column.name)),
    async () => {
      const batch = await batches.next();
      return batch.done
        ? null
        : [batch.value.map((row) => csvLine(columns.map((column) => column.value(row)))).join("")];
    },
    drained,
  );
}

/** The CSV of batches of lines PostgreSQL wrote (sqlCsvLine), passed on as their bytes. */
export function sqlCsvStream(columns: Column[], batches: Texts, drained = notWaiting): ReadableStream<Uint8Array> {
  return pulled(
    BYTE_ORDER_MARK + csvHeader(columns),
    async () => {
      const batch = await batches.next();
      return batch.done ? null : [batch.value];
    },
    drained,
  );
}

/** One row as a JSON object of its columns, written by PostgreSQL: a list is an array, a count a number. */
export function jsonRecord(columns: Column[]): SQL {
  return sql`json_build_object(${sql.join(
    columns.map((column) => sql`${column.name}::text, ${column.value}`),
    sql`, `,
  )})::text`;
}

/** `{ ...head, "submissions": [ … ] }` of batches of records written by jsonRecord, joined by ",\n". */
export function jsonStream(
  head: Record<string, unknown>,
  batches: Texts,
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
        return ["]}\n"];
      }
      const separator = first ? "\n" : ",\n";
      first = false;
      return [separator, batch.value];
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
  batches: AsyncIterator<ExportRow[]>,
  after: () => SmallSheet[],
  drained = notWaiting,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  void (async () => {
    // Loaded on the first workbook: exceljs and its zip writer are ~30 MB of a server's memory
    // that a server which never writes a workbook need not hold (decision 027).
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet("submissions");
    sheet.addRow(columns.map((column) => column.name)).commit();
    for (let batch = await batches.next(); !batch.done; batch = await batches.next()) {
      for (const row of batch.value) sheet.addRow(columns.map((column) => row[column.name] ?? null)).commit();
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
