// The review queue's pages: `reviewQueue` reads one, `queuePage` chooses where its rows come from and counts beside it.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db, isAnyOf, queryRows, schema } from "#db/client.server";
import { nameUnlessDeleted } from "~/auth/deleted-accounts.server";
import { assertSearchHasTerms, conditions, type ResolvedFilter, resolve } from "./conditions.server";
import { countView, SEARCH_COUNTING, type SearchCounting } from "./counts.server";
import type { QueueFilter } from "./filters";
import { decodeCursor, encodeCursor, PAGE_SIZE, sectionPosition } from "./keyset.server";
import { pageInSectionOrder, pageInThemeOrder, pageInWindow } from "./page-ids.server";

const { submissions, sections, organisations, users, submissionThemes, themes } = schema;

/**
 * One page of the review queue, newest first by default, with keyset pagination. `within`: ids
 * that hold the page, when already known (every match of a counted search, or a page found among
 * a theme's tags or a search's window), so it is sorted from those few rather than found by
 * walking the queue.
 */
export async function reviewQueue(consultationId: string, unresolved: QueueFilter, within?: string[]) {
  if (unresolved.q && !within) await assertSearchHasTerms(unresolved.q);
  return pageOfQueue(consultationId, await resolve(consultationId, unresolved), within);
}

async function pageOfQueue(consultationId: string, filter: ResolvedFilter, within?: string[]) {
  const database = await db();
  const where = within
    ? [...conditions(consultationId, { ...filter, q: undefined, group: undefined }), isAnyOf(submissions.id, within)]
    : conditions(consultationId, filter);
  const cursor = decodeCursor(filter.after);
  if (filter.sort === "section" && !within) {
    where.splice(0, where.length, isAnyOf(submissions.id, await pageInSectionOrder(consultationId, filter, cursor)));
  } else if (cursor) {
    const [position, createdAt, id] = cursor;
    if (filter.sort === "newest")
      where.push(sql`(${submissions.createdAt}, ${submissions.id}) < (${createdAt}::timestamptz, ${id}::uuid)`);
    if (filter.sort === "oldest")
      where.push(sql`(${submissions.createdAt}, ${submissions.id}) > (${createdAt}::timestamptz, ${id}::uuid)`);
    if (filter.sort === "section") {
      where.push(
        sql`(${sectionPosition}, ${submissions.createdAt}, ${submissions.id}) > (${position}, ${createdAt}::timestamptz, ${id}::uuid)`,
      );
    }
  }
  const order =
    filter.sort === "newest"
      ? [desc(submissions.createdAt), desc(submissions.id)]
      : filter.sort === "oldest"
        ? [asc(submissions.createdAt), asc(submissions.id)]
        : [asc(sectionPosition), asc(submissions.createdAt), asc(submissions.id)];
  const rows = await database
    .select({
      id: submissions.id,
      reference: submissions.reference,
      kind: submissions.kind,
      stance: submissions.stance,
      status: submissions.status,
      language: submissions.language,
      excerpt: sql<string>`left(${submissions.body}, 280)`,
      createdAt: submissions.createdAt,
      // To the microsecond, as stored: a Date keeps milliseconds, and rows sent in the same
      // millisecond would otherwise repeat on the next page.
      keysetAt: sql<string>`to_char(${submissions.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      sectionNumber: sections.number,
      position: sectionPosition,
      organisationName: organisations.name,
      organisationType: organisations.type,
      country: organisations.country,
      // Null once the author deleted their account: the queue says so in the reader's language.
      authorName: nameUnlessDeleted,
      hasAttachment: sql<boolean>`${submissions.attachmentId} is not null`,
      duplicateGroupId: submissions.duplicateGroupId,
      themes: sql<
        string[]
      >`coalesce((select array_agg(${themes.key} order by ${themes.position}) from ${submissionThemes}
        inner join ${themes} on ${themes.id} = ${submissionThemes.themeId} where ${submissionThemes.submissionId} = ${submissions.id}), '{}')`,
    })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.authorId))
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(...where))
    .orderBy(...order)
    .limit(PAGE_SIZE + 1);
  const page = await withGroupSizes(rows.slice(0, PAGE_SIZE));
  const last = page.at(-1);
  return {
    items: page,
    next: rows.length > PAGE_SIZE && last ? encodeCursor([Number(last.position), last.keysetAt, last.id]) : null,
  };
}

/** Each row's group size, counted once per group: a page of one campaign's copies is one count. */
async function withGroupSizes<Row extends { duplicateGroupId: string | null }>(
  rows: Row[],
): Promise<(Row & { groupSize: number })[]> {
  const groups = [...new Set(rows.flatMap((row) => (row.duplicateGroupId ? [row.duplicateGroupId] : [])))];
  const sizes = new Map(
    groups.length === 0
      ? []
      : (
          await queryRows<{ group: string; size: number }>(
            await db(),
            sql`select duplicate_group_id as "group", count(*)::int as size from ${submissions}
                where duplicate_group_id = any(${sql.param(groups)}::uuid[]) group by 1`,
          )
        ).map((row) => [row.group, Number(row.size)]),
  );
  return rows.map((row) => ({ ...row, groupSize: row.duplicateGroupId ? (sizes.get(row.duplicateGroupId) ?? 1) : 1 }));
}

export type QueueItem = Awaited<ReturnType<typeof pageOfQueue>>["items"][number];

/** How many of a view's next rows a search looks through for its page before walking the queue. */
export const SEARCH_WINDOW = 4_000;

/** How a search is counted, and how many rows it looks through for a page first. */
type SearchLimits = SearchCounting & { window: number };

/** What the review page shows: one page of the queue, and the counts per value beside it. */
export async function queuePage(
  consultationId: string,
  unresolved: QueueFilter,
  limits: SearchLimits = { ...SEARCH_COUNTING, window: SEARCH_WINDOW },
) {
  const filter = await resolve(consultationId, unresolved);
  // While a search is counted, its first matches are looked for among the view's newest (or
  // oldest) rows: a broad search finds its page there, and the two take a core each.
  const { q } = filter;
  const [{ counts, inView, moreThan }, inWindow] = await Promise.all([
    countView(consultationId, filter, limits),
    q && filter.sort !== "section"
      ? pageInWindow(consultationId, { ...filter, q }, limits.window)
      : !filter.q && filter.themeId && filter.sort !== "section"
        ? pageInThemeOrder(consultationId, filter)
        : null,
  ]);
  // The counts already say when nothing matches: no need to look through the queue for it.
  const known = inView ?? inWindow;
  const nothingMatches = known ? known.length === 0 : counts !== null && (counts.status[filter.status] ?? 0) === 0;
  const page = nothingMatches
    ? { items: [] as QueueItem[], next: null }
    : await pageOfQueue(consultationId, filter, known ?? undefined);
  // A broad search is not counted per value: the page says how many more matches were seen.
  return { counts, uncountedAbove: moreThan, ...page };
}
