// Submissions read for an export in batches, in sending order, each batch read after the one
// before was written out: memory holds one batch however many rows the export has.
import { and, asc, eq, ne, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, isAnyOf, queryRows, schema } from "#db/client.server";
import { emailUnlessDeleted } from "~/auth/deleted-accounts.server";
import { conditions, resolve } from "~/moderation/queue/conditions.server";
import type { QueueFilter } from "~/moderation/queue/filters";
import type { ExportRow } from "./columns";

const { submissions, sections, organisations, users, submissionThemes, themes } = schema;

export const EXPORT_BATCH = 2_000;

const iso = (column: AnyPgColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Which submissions an export reads, how its near-duplicate groups are counted and named. */
type Selection = { where: SQL[]; groupMembers: SQL; groupName: SQL<string | null>; emails: boolean };

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
    groupName: sql<string | null>`${submissions.duplicateGroupId}::text`,
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
    groupName: sql<string | null>`(select published.reference from submissions published
      where published.duplicate_group_id = ${submissions.duplicateGroupId}
        and published.status = 'approved' and published.consent <> 'private'
      order by published.created_at, published.id limit 1)`,
    emails: false,
  };
}

/**
 * The batches in sending order. The next batch is asked of the database as soon as the one before
 * has arrived, while that one is written out: PostgreSQL reads while the app server encodes, and
 * memory holds two batches at most.
 */
export async function* exportBatches(selection: Selection, batchSize = EXPORT_BATCH): AsyncGenerator<ExportRow[]> {
  const database = await db();
  const groupSizes = new Map<string, number>();
  const read = (after: { createdAt: string; id: string } | null) => {
    // The cursor is the sending time as PostgreSQL prints it: a JavaScript Date would drop its microseconds.
    const keyset: SQL[] = after
      ? [sql`(${submissions.createdAt}, ${submissions.id}) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`]
      : [];
    const query = database
      .select({
        cursor: sql<string>`${submissions.createdAt}::text`,
        id: submissions.id,
        reference: submissions.reference,
        sentAt: iso(submissions.createdAt),
        updatedAt: iso(submissions.updatedAt),
        decidedAt: iso(submissions.decidedAt),
        withdrawnAt: iso(submissions.withdrawnAt),
        section: sections.number,
        kind: submissions.kind,
        stance: submissions.stance,
        language: submissions.language,
        body: submissions.body,
        quotedPassage: submissions.quotedPassage,
        proposedText: submissions.proposedText,
        consent: submissions.consent,
        authorName: users.name,
        organisationName: organisations.name,
        organisationType: organisations.type,
        organisationCountry: organisations.country,
        status: submissions.status,
        rejectionReason: submissions.rejectionReason,
        themes: sql<
          string | null
        >`(select string_agg(${themes.key} || ':' || ${submissionThemes.source}::text, ',' order by ${themes.position})
          from ${submissionThemes} join ${themes} on ${themes.id} = ${submissionThemes.themeId}
          where ${submissionThemes.submissionId} = ${submissions.id})`,
        duplicateGroup: submissions.duplicateGroupId,
        duplicateGroupName: selection.groupName,
        // A deleted account's tombstone address is nobody's: the column stays empty for it.
        email: selection.emails ? emailUnlessDeleted : sql<string | null>`null`,
      })
      .from(submissions)
      .innerJoin(users, eq(users.id, submissions.authorId))
      .leftJoin(sections, eq(sections.id, submissions.sectionId))
      .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
      .where(and(...selection.where, ...keyset))
      .orderBy(asc(submissions.createdAt), asc(submissions.id))
      .limit(batchSize);
    // A drizzle query runs when awaited: started here, so it runs while the batch before is written.
    // An export left unread (the reader went away) leaves its last read unawaited: not an unhandled failure.
    const started = Promise.resolve(query);
    started.catch(() => {});
    return started;
  };
  let next = read(null);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const last = rows.at(-1);
    const more = last !== undefined && rows.length === batchSize;
    if (more) next = read({ createdAt: last.cursor, id: last.id });
    const unknownGroups = [
      ...new Set(
        rows.flatMap((row) => (row.duplicateGroup && !groupSizes.has(row.duplicateGroup) ? [row.duplicateGroup] : [])),
      ),
    ];
    if (unknownGroups.length > 0) {
      const sizes = await queryRows<{ id: string; size: number }>(
        database,
        sql`select ${submissions.duplicateGroupId} as id, count(*)::int as size from ${submissions}
            where ${isAnyOf(submissions.duplicateGroupId, unknownGroups)} and ${selection.groupMembers} group by 1`,
      );
      for (const { id, size } of sizes) groupSizes.set(id, Number(size));
    }
    yield rows.map(({ cursor: _cursor, id: _id, themes: tags, duplicateGroupName, ...row }) => ({
      ...row,
      duplicateGroup: duplicateGroupName,
      themes: tags ? tags.split(",") : [],
      duplicateGroupSize: row.duplicateGroup ? (groupSizes.get(row.duplicateGroup) ?? 0) : null,
    }));
    if (!more) return;
  }
}
