// Submissions read for an export in batches, in sending order, each batch read after the one
// before was written out: memory holds about two batches however many rows the export has. A
// batch's lines are written by PostgreSQL and arrive as one text, in bytes (decision 027).
import { eq, ne, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, queryBytes, queryRows, schema } from "#db/client.server";
import { emailUnlessDeleted } from "~/auth/deleted-accounts.server";
import { conditions, resolve } from "~/moderation/queue/conditions.server";
import type { QueueFilter } from "~/moderation/queue/filters";
import type { Column } from "./columns";

const { submissions, sections, organisations, users, submissionThemes, themes } = schema;

export const EXPORT_BATCH = 2_000;

const iso = (column: AnyPgColumn) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Which submissions an export reads, how its near-duplicate groups are counted and named. */
export type Selection = { where: SQL[]; groupMembers: SQL; groupName: SQL; emails: boolean };

/** What a queue filter matches, every copy of a group (one row per group is for reading the queue). */
export async function filteredSelection(
  consultationId: string,
  filter: QueueFilter,
  { emails }: { emails: boolean },
): Promise<Selection> {
  const resolved = await resolve(consultationId, { ...filter, groups: undefined, after: undefined });
  return {
    where: conditions(consultationId, resolved),
    groupMembers: sql`true`,
    groupName: sql`${submissions.duplicateGroupId}::text`,
    emails,
  };
}

/** The input the public may read: approved, not private; a group counted by its approved members. */
export function publishedSelection(consultationId: string): Selection {
  return {
    where: [
      eq(submissions.consultationId, consultationId),
      eq(submissions.status, "approved"),
      ne(submissions.consent, "private"),
    ],
    groupMembers: sql`${submissions.status} = 'approved'`,
    // Named by its first published member's reference: the group's id is a submission's id, which
    // may be rejected or private input the public must not learn of.
    groupName: sql`(select published.reference from submissions published
      where published.duplicate_group_id = ${submissions.duplicateGroupId}
        and published.status = 'approved' and published.consent <> 'private'
      order by published.created_at, published.id limit 1)`,
    emails: false,
  };
}

type Cursor = { createdAt: string; id: string };

/**
 * One batch after `after` as `page` (what the columns read), with its group sizes: counted per
 * batch from the group index, for the batch's groups only. The cursor is the sending time as
 * PostgreSQL prints it: a JavaScript Date would drop its microseconds.
 */
function withPage(selection: Selection, after: Cursor | null, batchSize: number, select: SQL): SQL {
  const keyset = after
    ? sql`and (${submissions.createdAt}, ${submissions.id}) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : sql``;
  return sql`with batch as (
      select ${submissions.id} as id, ${submissions.createdAt} as created_at, ${submissions.createdAt}::text as cursor,
        ${submissions.reference} as reference, ${iso(submissions.createdAt)} as sent_at, ${iso(submissions.updatedAt)} as updated_at,
        ${iso(submissions.decidedAt)} as decided_at, ${iso(submissions.withdrawnAt)} as withdrawn_at,
        ${sections.number} as section, ${submissions.kind}::text as kind, ${submissions.stance}::text as stance,
        ${submissions.language}::text as language, ${submissions.body} as body,
        ${submissions.quotedPassage} as quoted_passage, ${submissions.proposedText} as proposed_text,
        ${submissions.consent}::text as consent, ${users.name} as author_name, ${organisations.name} as organisation_name,
        ${organisations.type}::text as organisation_type, ${organisations.country}::text as organisation_country,
        ${submissions.status}::text as status, ${submissions.rejectionReason}::text as rejection_reason,
        array(select ${themes.key} || ':' || ${submissionThemes.source}::text
          from ${submissionThemes} join ${themes} on ${themes.id} = ${submissionThemes.themeId}
          where ${submissionThemes.submissionId} = ${submissions.id} order by ${themes.position}) as tags,
        ${submissions.duplicateGroupId} as group_id, ${selection.groupName} as duplicate_group,
        ${selection.emails ? emailUnlessDeleted : sql`null::text`} as email
      from ${submissions}
        join ${users} on ${users.id} = ${submissions.authorId}
        left join ${sections} on ${sections.id} = ${submissions.sectionId}
        left join ${organisations} on ${organisations.id} = ${submissions.organisationId}
      where ${sql.join(selection.where, sql` and `)} ${keyset}
      order by ${submissions.createdAt}, ${submissions.id}
      limit ${batchSize}
    ), sizes as (
      select ${submissions.duplicateGroupId} as group_id, count(*)::int as size from ${submissions}
      where ${submissions.duplicateGroupId} in (select group_id from batch) and ${selection.groupMembers}
      group by 1
    ), page as (
      select batch.*, sizes.size as duplicate_group_size from batch left join sizes on sizes.group_id = batch.group_id
    )
    ${select}`;
}

/**
 * Reads the batches in sending order. The next batch is asked of the database as soon as the one
 * before has arrived, while that one is written out: PostgreSQL reads while the app server writes.
 */
async function* batches<Batch extends { rows: number; last: Cursor | null }>(
  read: (after: Cursor | null) => Promise<Batch | undefined>,
  batchSize: number,
): AsyncGenerator<Batch> {
  const started = (after: Cursor | null) => {
    const query = read(after);
    // An export left unread (the reader went away) leaves its last read unawaited: not an unhandled failure.
    query.catch(() => {});
    return query;
  };
  let next = started(null);
  for (;;) {
    const batch = await next;
    if (!batch || batch.rows === 0) return;
    const more = batch.last !== null && batch.rows === batchSize;
    if (more && batch.last) next = started(batch.last);
    yield batch;
    if (!more) return;
  }
}

/**
 * Each batch as one text, in the bytes PostgreSQL sent (queryBytes): every row's `line`, in
 * sending order, `separator` between them.
 */
export async function* exportTexts(
  selection: Selection,
  line: SQL,
  { separator = "", batchSize = EXPORT_BATCH }: { separator?: string; batchSize?: number } = {},
): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder();
  const read = async (after: Cursor | null) => {
    const [batch] = await queryBytes(
      withPage(
        selection,
        after,
        batchSize,
        sql`select count(*)::int as rows, string_agg(${line}, ${separator}::text order by created_at, id) as text,
          (array_agg(cursor order by created_at desc, id desc))[1] as cursor,
          (array_agg(id::text order by created_at desc, id desc))[1] as id
        from page`,
      ),
    );
    if (!batch) return undefined;
    const [rows, text, cursor, id] = batch.map((value) => value ?? new Uint8Array());
    const last = cursor?.length && id?.length ? { createdAt: decoder.decode(cursor), id: decoder.decode(id) } : null;
    return { rows: Number(decoder.decode(rows)), text: text ?? new Uint8Array(), last };
  };
  for await (const batch of batches(read, batchSize)) yield batch.text;
}

/** A row as the spreadsheet writes it: each column by its name, a list as one text joined by "; ". */
export type ExportRow = Record<string, string | number | null>;

/** Each batch as rows of cells, for a format that writes cell by cell (XLSX). */
export async function* exportRows(
  selection: Selection,
  columns: Column[],
  batchSize = EXPORT_BATCH,
): AsyncGenerator<ExportRow[]> {
  const database = await db();
  const cells = columns.map((column) => {
    const value = column.kind === "list" ? sql`array_to_string(${column.value}, '; ')` : column.value;
    return sql`${value} as ${sql.identifier(column.name)}`;
  });
  const read = async (after: Cursor | null) => {
    const rows = await queryRows<ExportRow & { cursor: string; id: string }>(
      database,
      withPage(
        selection,
        after,
        batchSize,
        sql`select cursor, id::text as id, ${sql.join(cells, sql`, `)} from page order by created_at, id`,
      ),
    );
    const final = rows.at(-1);
    return { rows: rows.length, cells: rows, last: final ? { createdAt: final.cursor, id: final.id } : null };
  };
  for await (const batch of batches(read, batchSize))
    yield batch.cells.map(({ cursor: _cursor, id: _id, ...row }) => row);
}
