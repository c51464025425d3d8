// The working group's export of what a queue filter matches, and the public's open data download.
import { db, type schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { hasRole } from "~/auth/roles";
import type { SessionUser } from "~/auth/session.server";
import { z } from "~/forms/zod";
import { filterQuery, type QueueFilter, UNTAGGED } from "~/moderation/queue/filters";
import type { ReviewedConsultation } from "~/moderation/reviewed.server";
import { refuse, type Result } from "~/result";
import { summaryRecords } from "~/summaries/lists.server";
import { type Column, EMAIL_COLUMN, EXPORT_COLUMNS, OPEN_DATA_COLUMNS } from "./columns";
import { sqlCsvLine } from "./csv";
import {
  contentTypes,
  type Drained,
  type ExportFormat,
  exportFormats,
  jsonRecord,
  jsonStream,
  type SmallSheet,
  sqlCsvStream,
  xlsxStream,
} from "./formats.server";
import {
  type ExportRow,
  exportRows,
  exportTexts,
  filteredSelection,
  publishedSelection,
  type Selection,
} from "./rows.server";

export const exportFormSchema = z.object({
  format: z.enum(exportFormats, { error: "reports.unknownFormat" }),
  emails: z.enum(["yes"], { error: "reports.unknownFormat" }).optional(),
});
export type ExportRequest = z.output<typeof exportFormSchema>;

/** CSV or JSON: each batch's lines written by PostgreSQL, passed on as they come. */
function textStream(
  format: "csv" | "json",
  head: Record<string, unknown>,
  columns: Column[],
  selection: Selection,
  drained?: Drained,
): ReadableStream<Uint8Array> {
  return format === "csv"
    ? sqlCsvStream(columns, exportTexts(selection, sqlCsvLine(columns)), drained)
    : jsonStream(head, exportTexts(selection, jsonRecord(columns), { separator: ",\n" }), drained);
}

function download(body: ReadableStream<Uint8Array>, format: ExportFormat, name: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${name}.${format}"`,
    },
  });
}

/**
 * The themes sheet of a spreadsheet export: each theme and how many of the exported submissions
 * carry it, tallied from the rows as they are written, so it always agrees with the submissions sheet.
 */
function tallyingThemes(found: ReviewedConsultation, batches: AsyncGenerator<ExportRow[]>) {
  const tally = new Map<string, number>();
  async function* counted(): AsyncGenerator<ExportRow[]> {
    for await (const batch of batches) {
      for (const row of batch) {
        const tags = row.themes ? String(row.themes).split("; ") : [];
        const keys = tags.length === 0 ? [UNTAGGED] : tags.map((tag) => tag.split(":")[0] ?? tag);
        for (const key of keys) tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      yield batch;
    }
  }
  const sheet = (): SmallSheet => ({
    name: "themes",
    header: ["theme", "label_en", "label_id", "submissions"],
    rows: [
      ...found.themes.map((theme) => [theme.key, theme.labelEn, theme.labelId, tally.get(theme.key) ?? 0]),
      [UNTAGGED, null, null, tally.get(UNTAGGED) ?? 0],
    ],
  });
  return { batches: counted(), sheet };
}

/**
 * The summaries sheet: the summaries of the themes the filter covers (of its section only, if it
 * names one), with what readers see of each. Untagged input has no theme, so no summary.
 */
async function summariesSheet(found: ReviewedConsultation, filter: QueueFilter): Promise<SmallSheet> {
  const records =
    filter.theme === UNTAGGED
      ? []
      : await summaryRecords(found.consultation.id, { theme: filter.theme, section: filter.section });
  return {
    name: "summaries",
    header: [
      "theme",
      "section",
      "state",
      "published_text_en",
      "published_text_id",
      "en_not_translated",
      "id_not_translated",
      "published_at",
      "published_by",
    ],
    rows: records.map((record) => [
      record.themeKey,
      record.section,
      record.state,
      record.bodyEn,
      record.bodyId,
      record.enNotTranslated === null ? null : String(record.enNotTranslated),
      record.idNotTranslated === null ? null : String(record.idNotTranslated),
      record.publishedAt && `${record.publishedAt.toISOString().slice(0, 19)}Z`,
      record.publishedBy,
    ]),
  };
}

/**
 * Every submission the filter matches, in the format asked for. E-mail addresses only for an
 * admin who asked for them, and that export is in the audit log before a byte is sent.
 */
export async function filteredExport(
  user: SessionUser,
  found: ReviewedConsultation,
  filter: QueueFilter,
  request: ExportRequest,
  drained?: Drained,
): Promise<Result<Response>> {
  const emails = request.emails === "yes";
  if (emails && !hasRole(user.role, "admin")) return refuse("reports.emailsAdminOnly");
  const { consultation } = found;
  const selection = await filteredSelection(consultation.id, filter, { emails });
  if (emails) {
    await recordAudit(await db(), {
      actorId: user.id,
      action: "export.emails_included",
      subjectType: "consultation",
      subjectId: consultation.id,
      details: { format: request.format, filter: filterQuery(filter) },
    });
  }
  const columns = emails ? [...EXPORT_COLUMNS, EMAIL_COLUMN] : EXPORT_COLUMNS;
  const name = `${consultation.slug}-input`;
  const head = { consultation: consultation.slug, filter: filterQuery(filter) };
  const body =
    request.format === "xlsx"
      ? await xlsxOf(found, filter, columns, exportRows(selection, columns), drained)
      : textStream(request.format, head, columns, selection, drained);
  return { ok: true, value: download(body, request.format, name) };
}

async function xlsxOf(
  found: ReviewedConsultation,
  filter: QueueFilter,
  columns: Column[],
  batches: AsyncGenerator<ExportRow[]>,
  drained?: Drained,
) {
  const themes = tallyingThemes(found, batches);
  const summaries = await summariesSheet(found, filter);
  return xlsxStream(columns, themes.batches, () => [themes.sheet(), summaries], drained);
}

export const openDataFiles = { "submissions.csv": "csv", "submissions.json": "json" } as const;

/** Approved input as its authors allowed it to be published, under the consultation's licence. */
export function openDataDownload(
  consultation: typeof schema.consultations.$inferSelect,
  file: keyof typeof openDataFiles,
  drained?: Drained,
): Response {
  const format = openDataFiles[file];
  const head = { consultation: consultation.slug, licence: consultation.dataLicence };
  const body = textStream(format, head, OPEN_DATA_COLUMNS, publishedSelection(consultation.id), drained);
  return download(body, format, `${consultation.slug}-open-data`);
}
