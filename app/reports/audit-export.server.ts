// The audit log's CSV export (issue 15, item 4): what the search finds, streamed one batch at a
// time with the CSV of every other export (BOM, CRLF, formula-like text neutralised).
import { db } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { type AuditQuery, type AuditRow, auditBatches } from "~/audit/search.server";
import type { RowColumn } from "./csv";
import { contentTypes, csvStream, type Drained } from "./formats.server";

const AUDIT_COLUMNS: RowColumn<AuditRow>[] = [
  { name: "occurred_at", value: (row) => row.occurredAt },
  { name: "actor_name", value: (row) => row.actorName },
  { name: "actor_email", value: (row) => row.actorEmail },
  { name: "actor_id", value: (row) => row.actorId },
  { name: "action", value: (row) => row.action },
  { name: "target_type", value: (row) => row.subjectType },
  { name: "target_id", value: (row) => row.subjectId },
  { name: "target", value: (row) => row.targetName },
  { name: "reason", value: (row) => row.reason },
  { name: "details", value: (row) => JSON.stringify(row.details) },
  { name: "ip_address", value: (row) => row.address },
];

/**
 * The events the search finds as a CSV download, newest first. The log holds people's names and
 * addresses: each export is itself an event, with the search it was made of.
 */
export async function auditExport(
  admin: { id: string },
  query: AuditQuery,
  search: Record<string, string>,
  now: Date,
  drained?: Drained,
): Promise<Response> {
  await recordAudit(await db(), {
    actorId: admin.id,
    action: "audit.exported",
    subjectType: "audit",
    // The search as asked, its empty fields left out.
    details: { search: Object.fromEntries(Object.entries(search).filter(([, value]) => value !== "")) },
  });
  return new Response(csvStream(AUDIT_COLUMNS, auditBatches(query), drained), {
    headers: {
      "Content-Type": contentTypes.csv,
      "Content-Disposition": `attachment; filename="audit-log-${now.toISOString().slice(0, 10)}.csv"`,
    },
  });
}
