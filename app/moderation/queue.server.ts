import { and, asc, desc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { db, isAnyOf, queryRows, schema } from "#db/client.server";
import type { QueueFilter } from "./queue/filters";
import { UNTAGGED } from "./queue/filters";

const { submissions, sections, organisations, users, submissionThemes, themes } = schema;

export const PAGE_SIZE = 50;
type Facet =
  | "status"
  | "section"
  | "theme"
  | "language"
  | "stance"
  | "kind"
  | "organisationType"
  | "country"
  | "attachment";

/** A search that PostgreSQL reduces to nothing (only punctuation, operators or stop words). */
export class EmptySearchError extends Error {}

function searchCondition(q: string): SQL {
  // Each submission is matched in its own language's configuration, as its search column was built.
  return sql`(
    (${submissions.language} = 'id' and ${sql.raw('"submissions"."search_vector"')} @@ websearch_to_tsquery('indonesian', ${q})) or
    (${submissions.language} = 'en' and ${sql.raw('"submissions"."search_vector"')} @@ websearch_to_tsquery('english', ${q})) or
    (${submissions.language} = 'other' and ${sql.raw('"submissions"."search_vector"')} @@ websearch_to_tsquery('simple', ${q}))
  )`;
}

async function assertSearchHasTerms(q: string) {
  const [row] = await queryRows<{ terms: number }>(
    await db(),
    sql`select greatest(numnode(websearch_to_tsquery('indonesian', ${q})), numnode(websearch_to_tsquery('english', ${q})), numnode(websearch_to_tsquery('simple', ${q}))) as terms`,
  );
  if (!row || Number(row.terms) === 0) throw new EmptySearchError();
}

/** A filter with its section number and theme key turned into ids, so indexes can be used. */
type ResolvedFilter = QueueFilter & { sectionIds?: string[]; themeId?: string | null };

async function resolve(consultationId: string, filter: QueueFilter): Promise<ResolvedFilter> {
  const database = await db();
  const [sectionRows, themeRows] = await Promise.all([
    filter.section
      ? queryRows<{ id: string }>(
          database,
          sql`select s.id from ${sections} s join ${schema.documentVersions} v on v.id = s.version_id
              where v.consultation_id = ${consultationId} and s.number = ${filter.section}`,
        )
      : [],
    filter.theme && filter.theme !== UNTAGGED
      ? queryRows<{ id: string }>(
          database,
          sql`select id from ${themes} where consultation_id = ${consultationId} and key = ${filter.theme}`,
        )
      : [],
  ]);
  return { ...filter, sectionIds: sectionRows.map((row) => row.id), themeId: themeRows[0]?.id ?? null };
}

function conditions(consultationId: string, filter: ResolvedFilter, without?: Facet): SQL[] {
  const where: SQL[] = [eq(submissions.consultationId, consultationId)];
  const use = (facet: Facet) => facet !== without;
  if (use("status") && filter.status !== "all") where.push(eq(submissions.status, filter.status));
  if (use("section") && filter.section) {
    // By id rather than through the join, so the section's own index gives its queue in order.
    const ids = filter.sectionIds ?? [];
    where.push(
      ids.length === 1
        ? eq(submissions.sectionId, ids[0]!)
        : ids.length > 1
          ? isAnyOf(submissions.sectionId, ids)
          : sql`false`,
    );
  }
  if (use("theme") && filter.theme) {
    if (filter.theme === UNTAGGED) {
      where.push(
        sql`not exists (select 1 from ${submissionThemes} where ${submissionThemes.submissionId} = ${submissions.id})`,
      );
    } else {
      where.push(
        filter.themeId
          ? sql`${submissions.id} in (select ${submissionThemes.submissionId} from ${submissionThemes} where ${submissionThemes.themeId} = ${filter.themeId})`
          : sql`false`,
      );
    }
  }
  if (use("language") && filter.language) where.push(eq(submissions.language, filter.language));
  if (use("stance") && filter.stance) where.push(eq(submissions.stance, filter.stance));
  if (use("kind") && filter.kind) where.push(eq(submissions.kind, filter.kind));
  if (use("organisationType") && filter.organisationType) {
    where.push(
      filter.organisationType === "individual"
        ? isNull(submissions.organisationId)
        : eq(organisations.type, filter.organisationType as (typeof schema.organisationTypes)[number]),
    );
  }
  if (use("country") && filter.country) where.push(eq(organisations.country, filter.country));
  if (use("attachment") && filter.attachment) {
    where.push(filter.attachment === "yes" ? isNotNull(submissions.attachmentId) : isNull(submissions.attachmentId));
  }
  if (filter.group) where.push(eq(submissions.duplicateGroupId, filter.group));
  if (filter.groups === "collapse") {
    // One row per group: its earliest member among those in the chosen status stands for it, so
    // new pending copies still show after the first ones were decided.
    const sameStatus = filter.status === "all" ? sql`` : sql`and earlier.status = ${filter.status}`;
    where.push(sql`(${submissions.duplicateGroupId} is null or not exists (
      select 1 from submissions as earlier where earlier.duplicate_group_id = ${submissions.duplicateGroupId} ${sameStatus}
        and (earlier.created_at, earlier.id) < (${submissions.createdAt}, ${submissions.id})))`);
  }
  if (filter.q) where.push(searchCondition(filter.q));
  return where;
}

type Cursor = [number, string, string];

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      typeof value[0] === "number" &&
      typeof value[1] === "string" &&
      typeof value[2] === "string"
    ) {
      return value as Cursor;
    }
  } catch {
    // A cursor that is not ours starts from the first page.
  }
  return null;
}

const sectionPosition = sql<number>`coalesce(${sections.position}, -1)`;

/**
 * The ids of one page in section order (whole-draft input first, then by section, oldest first
 * within each). Sorting every match by its section's position would read them all; instead each
 * section's first rows come from its own index, and only those few are sorted.
 */
async function pageInSectionOrder(
  consultationId: string,
  filter: ResolvedFilter,
  cursor: Cursor | null,
): Promise<string[]> {
  const where = conditions(consultationId, filter);
  const [position, createdAt, id] = cursor ?? [-2, new Date(0).toISOString(), "00000000-0000-0000-0000-000000000000"];
  const firstRows = (
    sectionId: SQL,
    sectionPositionValue: SQL,
  ) => sql`select ${submissions.id} as id, ${sectionPositionValue} as position, ${submissions.createdAt} as created_at
    from ${submissions}
    left join ${sections} on ${sections.id} = ${submissions.sectionId}
    left join ${organisations} on ${organisations.id} = ${submissions.organisationId}
    where ${and(...where, sectionId)}
      and (${sectionPositionValue} > ${position} or (${sectionPositionValue} = ${position} and (${submissions.createdAt}, ${submissions.id}) > (${createdAt}::timestamptz, ${id}::uuid)))
    order by ${submissions.createdAt}, ${submissions.id} limit ${PAGE_SIZE + 1}`;
  const rows = await queryRows<{ id: string }>(
    await db(),
    sql`select page.id from (
      (${firstRows(sql`${submissions.sectionId} is null`, sql`-1`)})
      union all
      select first.id, first.position, first.created_at
      from (select s.id, s.position from ${sections} s join ${schema.documentVersions} v on v.id = s.version_id
            where v.consultation_id = ${consultationId} and s.position >= ${position}) as in_order
      cross join lateral (${firstRows(sql`${submissions.sectionId} = in_order.id`, sql`in_order.position`)}) as first
    ) as page
    order by page.position, page.created_at, page.id limit ${PAGE_SIZE + 1}`,
  );
  return rows.map((row) => row.id);
}

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
      authorName: users.name,
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

/** How many submissions match the filter: shown before a bulk action touches them. */
export async function countMatching(consultationId: string, unresolved: QueueFilter): Promise<number> {
  if (unresolved.q) await assertSearchHasTerms(unresolved.q);
  const filter = await resolve(consultationId, unresolved);
  const [row] = await (await db())
    .select({ n: sql<number>`count(*)::int` })
    .from(submissions)
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(...conditions(consultationId, { ...filter, after: undefined })));
  return row?.n ?? 0;
}

/** Ids of everything the filter matches, for a bulk action the moderator confirmed. */
export async function idsMatching(consultationId: string, unresolved: QueueFilter, limit: number): Promise<string[]> {
  const filter = await resolve(consultationId, unresolved);
  const rows = await (await db())
    .select({ id: submissions.id })
    .from(submissions)
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(...conditions(consultationId, { ...filter, after: undefined })))
    .limit(limit);
  return rows.map((row) => row.id);
}

const facetColumn: Record<Exclude<Facet, "theme">, SQL> = {
  status: sql`${submissions.status}::text`,
  section: sql`${sections.number}`,
  language: sql`${submissions.language}::text`,
  stance: sql`${submissions.stance}::text`,
  kind: sql`${submissions.kind}::text`,
  organisationType: sql`coalesce(${organisations.type}::text, 'individual')`,
  country: sql`${organisations.country}::text`,
  attachment: sql`case when ${submissions.attachmentId} is null then 'no' else 'yes' end`,
};
const FACETS = Object.keys(facetColumn) as Exclude<Facet, "theme">[];

export type FacetCounts = Record<Facet, Record<string, number>>;

function withStatusTotal(result: FacetCounts): FacetCounts {
  result.status.all = Object.values(result.status).reduce((sum, n) => sum + n, 0);
  return result;
}

/** A search matching more submissions than this (with all filters but one) is not counted per value. */
export const SEARCH_COUNT_LIMIT = 1_000;
/** How many of a view's next rows a search looks through for its page before walking the queue. */
export const SEARCH_WINDOW = 4_000;
/** A near-duplicate group larger than this is counted in the database rather than here. */
const GROUP_COUNT_LIMIT = 10_000;

/**
 * Counts per value of each filter, with every other filter applied: what choosing it would show.
 * Read from the totals the database keeps per combination of filter values (a few thousand rows
 * however many submissions there are). With one row per near-duplicate group the counts are still
 * of submissions: every copy counts. A search is counted on its matches, up to
 * SEARCH_COUNT_LIMIT; null when it matches more (the page says so rather than guess).
 */
export async function facetCounts(
  consultationId: string,
  filter: QueueFilter,
  searchLimit = SEARCH_COUNT_LIMIT,
): Promise<FacetCounts | null> {
  return (await countView(consultationId, await resolve(consultationId, filter), searchLimit)).counts;
}

/** How many matches a search is counted up to, and how many rows it looks through for a page first. */
type SearchLimits = { count: number; window: number };

/** What the review page shows: one page of the queue, and the counts per value beside it. */
export async function queuePage(
  consultationId: string,
  unresolved: QueueFilter,
  limits: SearchLimits = { count: SEARCH_COUNT_LIMIT, window: SEARCH_WINDOW },
) {
  const filter = await resolve(consultationId, unresolved);
  // While a search is counted, its first matches are looked for among the view's newest (or
  // oldest) rows: a broad search finds its page there, and the two take a core each.
  const [{ counts, inView }, inWindow] = await Promise.all([
    countView(consultationId, filter, limits.count),
    filter.q && filter.sort !== "section"
      ? pageInWindow(consultationId, filter, limits.window)
      : !filter.q && filter.themeId && filter.sort !== "section"
        ? pageInThemeOrder(consultationId, filter)
        : null,
  ]);
  // A broad search is not counted per value: the page says how many it would take.
  const uncountedAbove = counts === null ? limits.count : null;
  // The counts already say when nothing matches: no need to look through the queue for it.
  const known = inView ?? inWindow;
  const nothingMatches = known ? known.length === 0 : counts !== null && (counts.status[filter.status] ?? 0) === 0;
  const page = nothingMatches
    ? { items: [] as QueueItem[], next: null }
    : await pageOfQueue(consultationId, filter, known ?? undefined);
  return { counts, uncountedAbove, ...page };
}

/**
 * Where a view's rows are read in queue order: a theme's from its tags, in order (the index
 * migration 0010 added), rather than by walking the whole queue testing each row for the tag;
 * any other view from the queue's own indexes. The search is left to the caller.
 */
function walkInOrder(consultationId: string, filter: ResolvedFilter) {
  const tags = submissionThemes;
  const byTheme = Boolean(filter.themeId);
  const at = byTheme ? tags.submissionCreatedAt : submissions.createdAt;
  const id = byTheme ? tags.submissionId : submissions.id;
  const where = conditions(consultationId, { ...filter, q: undefined, ...(byTheme ? { theme: undefined } : {}) });
  if (byTheme) where.push(sql`${tags.themeId} = ${filter.themeId}`);
  const newest = filter.sort !== "oldest";
  const cursor = decodeCursor(filter.after);
  if (cursor) {
    const [, createdAt, cursorId] = cursor;
    where.push(
      newest
        ? sql`(${at}, ${id}) < (${createdAt}::timestamptz, ${cursorId}::uuid)`
        : sql`(${at}, ${id}) > (${createdAt}::timestamptz, ${cursorId}::uuid)`,
    );
  }
  return {
    from: sql`${byTheme ? sql`${tags} join ${submissions} on ${submissions.id} = ${tags.submissionId}` : submissions}
      left join ${organisations} on ${organisations.id} = ${submissions.organisationId}`,
    where: and(...where),
    order: newest ? sql`${at} desc, ${id} desc` : sql`${at}, ${id}`,
  };
}

/**
 * The ids of a search's next page (and the one after it, to know there is one), looked for among
 * the view's next `window` rows in its order; null when those hold fewer than a page and the
 * view has more. The planner cannot tell a broad search from a rare one (it reads every match of a
 * broad one, hundreds of milliseconds); this bounds the work either way.
 */
async function pageInWindow(consultationId: string, filter: ResolvedFilter, window: number): Promise<string[] | null> {
  const walk = walkInOrder(consultationId, filter);
  const order =
    filter.sort === "oldest"
      ? sql`${submissions.createdAt}, ${submissions.id}`
      : sql`${submissions.createdAt} desc, ${submissions.id} desc`;
  // The window's limit is a fence: the search is tested on its rows in order (stopping at a page),
  // never planned as an index scan of every match. Its last row comes back too, matching or not,
  // when the search gets that far: then the window was full, without walking it again to count.
  const rows = await queryRows<{ id: string; matches: boolean; last: boolean }>(
    await db(),
    sql`select submissions.id, submissions.matches, submissions.position = ${window} as last from (
          select submissions.id, submissions.created_at, ${searchCondition(filter.q!)} as matches, row_number() over (order by ${order}) as position
          from (select ${submissions.id}, ${submissions.createdAt}, ${submissions.language}, ${sql.raw('"submissions"."search_vector"')}
                from ${walk.from} where ${walk.where} order by ${walk.order} limit ${window}) as submissions
        ) as submissions
        where submissions.matches or submissions.position = ${window}
        order by ${order} limit ${PAGE_SIZE + 2}`,
  );
  const ids = rows.filter((row) => row.matches).map((row) => row.id);
  if (ids.length > PAGE_SIZE) return ids.slice(0, PAGE_SIZE + 1);
  // Fewer than a page is all there is only when the window held the rest of the view.
  return rows.some((row) => row.last) ? null : ids;
}

/** The ids of a theme's next page (and one more), read from its tags in queue order. */
async function pageInThemeOrder(consultationId: string, filter: ResolvedFilter): Promise<string[]> {
  const walk = walkInOrder(consultationId, filter);
  const rows = await queryRows<{ id: string }>(
    await db(),
    sql`select ${submissions.id} as id from ${walk.from} where ${walk.where} order by ${walk.order} limit ${PAGE_SIZE + 1}`,
  );
  return rows.map((row) => row.id);
}

/**
 * The counts of a view, and, for a search few enough to count, the ids of every submission it
 * shows (null otherwise).
 */
async function countView(
  consultationId: string,
  filter: ResolvedFilter,
  searchLimit: number,
): Promise<{ counts: FacetCounts | null; inView: string[] | null }> {
  const everyCopy = { ...filter, groups: undefined };
  if (!filter.q && !filter.group) return { counts: await sumKeptCounts(consultationId, everyCopy), inView: null };
  const matches = await narrowedMatches(consultationId, everyCopy, filter.q ? searchLimit : GROUP_COUNT_LIMIT);
  if (matches === null)
    return { counts: filter.q ? null : await countSubmissionsPerFacet(consultationId, everyCopy), inView: null };
  const active = activeFacets(everyCopy);
  // A group's own index already gives its page; a search's matches save walking the queue for one.
  const inView = filter.q
    ? matches
        .filter((row) => active.every((facet) => passes(row, facet, facetFilterValue(everyCopy, facet)!)))
        .map((row) => row.id)
    : null;
  return { counts: countPerFacet(matches, everyCopy, active), inView };
}

type FacetValues = Record<Exclude<Facet, "theme">, string | null> & { themes: string[] };

const facetFilterValue = (filter: QueueFilter, facet: Facet): string | undefined =>
  facet === "status" ? (filter.status === "all" ? undefined : filter.status) : (filter[facet] ?? undefined);

const activeFacets = (filter: QueueFilter) =>
  ([...FACETS, "theme"] as Facet[]).filter((facet) => facetFilterValue(filter, facet) !== undefined);

function passes(row: FacetValues, facet: Facet, wanted: string): boolean {
  if (facet !== "theme") return row[facet] === wanted;
  return wanted === UNTAGGED ? row.themes.length === 0 : row.themes.includes(wanted);
}

/**
 * The facet values of a search's (or group's) matches that pass every filter but at most one (the
 * only ones any count can include), up to `limit`; null when there are more. One search, not ten.
 */
async function narrowedMatches(
  consultationId: string,
  filter: ResolvedFilter,
  limit: number,
): Promise<(FacetValues & { id: string })[] | null> {
  if (filter.q) await assertSearchHasTerms(filter.q);
  // The search (and group) once, then rows passing every facet filter but the one being counted.
  const narrowing = conditions(consultationId, { status: "all", sort: filter.sort, q: filter.q, group: filter.group });
  const facetsOnly = { ...filter, q: undefined, group: undefined };
  const withoutEach = activeFacets(filter).map((facet) => and(...conditions(consultationId, facetsOnly, facet))!);
  const where = and(...narrowing, ...(withoutEach.length > 0 ? [sql`(${sql.join(withoutEach, sql` or `)})`] : []));
  const database = await db();
  // The search once, up to one row more than counted; themes only for those counted.
  const rows = await queryRows<Omit<FacetValues, "themes"> & { id: string }>(
    database,
    sql`select ${submissions.id} as id, ${sql.join(
      FACETS.map((facet) => sql`${facetColumn[facet]} as ${sql.identifier(facet)}`),
      sql`, `,
    )}
        from ${submissions}
        left join ${sections} on ${sections.id} = ${submissions.sectionId}
        left join ${organisations} on ${organisations.id} = ${submissions.organisationId}
        where ${where}
        limit ${limit + 1}`,
  );
  if (rows.length > limit) return null;
  const tagged = new Map(
    rows.length === 0
      ? []
      : (
          await queryRows<{ id: string; themes: string[] }>(
            database,
            sql`select ${submissionThemes.submissionId} as id, array_agg(${themes.key}) as themes
                from ${submissionThemes} join ${themes} on ${themes.id} = ${submissionThemes.themeId}
                where ${isAnyOf(
                  submissionThemes.submissionId,
                  rows.map((row) => row.id),
                )} group by 1`,
          )
        ).map((row) => [row.id, row.themes]),
  );
  return rows.map((row) => ({ ...row, themes: tagged.get(row.id) ?? [] }));
}

/** Counts per value, from rows that pass every filter but at most one. */
function countPerFacet(rows: FacetValues[], filter: QueueFilter, active: Facet[]): FacetCounts {
  const facets = [...FACETS, "theme"] as Facet[];
  const result = Object.fromEntries(facets.map((facet) => [facet, {}])) as FacetCounts;
  for (const row of rows) {
    for (const facet of facets) {
      const others = active.filter((other) => other !== facet);
      if (!others.every((other) => passes(row, other, facetFilterValue(filter, other)!))) continue;
      const values = facet === "theme" ? (row.themes.length > 0 ? row.themes : [UNTAGGED]) : [row[facet]];
      for (const value of values) if (value !== null) result[facet][value] = (result[facet][value] ?? 0) + 1;
    }
  }
  return withStatusTotal(result);
}

/** The same counts, counted on the submissions: for filters the kept counts cannot answer. */
export async function countSubmissionsPerFacet(consultationId: string, unresolved: QueueFilter): Promise<FacetCounts> {
  if (unresolved.q) await assertSearchHasTerms(unresolved.q);
  const filter = await resolve(consultationId, unresolved);
  const database = await db();
  const result = {} as FacetCounts;
  await Promise.all(
    FACETS.map(async (facet) => {
      const rows = await database
        .select({ value: sql<string | null>`${facetColumn[facet]}`, n: sql<number>`count(*)::int` })
        .from(submissions)
        .leftJoin(sections, eq(sections.id, submissions.sectionId))
        .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
        .where(and(...conditions(consultationId, filter, facet)))
        .groupBy(facetColumn[facet]);
      result[facet] = Object.fromEntries(rows.filter((r) => r.value !== null).map((r) => [r.value as string, r.n]));
    }),
  );
  const themeRows = await database
    .select({
      value: sql<string>`coalesce((select ${themes.key} from ${themes} where ${themes.id} = ${submissionThemes.themeId}), ${UNTAGGED})`,
      n: sql<number>`count(distinct ${submissions.id})::int`,
    })
    .from(submissions)
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .leftJoin(submissionThemes, eq(submissionThemes.submissionId, submissions.id))
    .where(and(...conditions(consultationId, filter, "theme")))
    .groupBy(sql`1`);
  result.theme = Object.fromEntries(themeRows.map((r) => [r.value, r.n]));
  return withStatusTotal(result);
}

// The kept totals (migration 0007), held in memory per consultation and brought up to date on
// each use with only the rows changed since. Held column by column, each value as a small number:
// a new view sums a few hundred thousand combinations in milliseconds, where objects and string
// comparisons took a hundred.
type CountedFacet = Exclude<Facet, "theme">;
const NO_VALUE = 0;
const NOT_HELD = -1;

/** The values one facet has taken, numbered: 0 is "no value" (whole-draft input, no country). */
class Dictionary {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();
  code(value: string | null): number {
    if (value === null) return NO_VALUE;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
  /** The code of a value, or NOT_HELD when no combination has it (so nothing matches it). */
  find(value: string): number {
    return this.codes.get(value) ?? NOT_HELD;
  }
}

type ChangedRow = Record<CountedFacet, string | null> & {
  key: string | null;
  tagged: boolean;
  theme: string | null;
  n: number;
};

class KeptTotals {
  version = -1;
  size = 0;
  readonly slots = new Map<string, number>();
  readonly dictionaries = Object.fromEntries(FACETS.map((facet) => [facet, new Dictionary()])) as Record<
    CountedFacet,
    Dictionary
  >;
  readonly themes = new Dictionary();
  columns = Object.fromEntries(FACETS.map((facet) => [facet, new Int32Array(1024)])) as Record<
    CountedFacet,
    Int32Array
  >;
  /** The theme's code in themes, or NO_VALUE for a submission's own row (not per theme). */
  theme = new Int32Array(1024);
  tagged = new Uint8Array(1024);
  n = new Int32Array(1024);

  constructor(readonly epoch: string) {}

  set(row: ChangedRow & { key: string }) {
    let slot = this.slots.get(row.key);
    if (slot === undefined) {
      if (Number(row.n) === 0) return;
      slot = this.size++;
      this.slots.set(row.key, slot);
      if (slot === this.n.length) this.grow();
      for (const facet of FACETS) this.columns[facet][slot] = this.dictionaries[facet].code(row[facet]);
      this.theme[slot] = this.themes.code(row.theme);
      this.tagged[slot] = row.tagged ? 1 : 0;
    }
    this.n[slot] = Number(row.n);
  }

  /** A deleted theme's totals go with it (on delete cascade), unseen as changes. */
  keepThemes(keys: string[]) {
    const kept = new Set(keys.map((key) => this.themes.find(key)));
    for (let slot = 0; slot < this.size; slot++)
      if (this.theme[slot] !== NO_VALUE && !kept.has(this.theme[slot]!)) this.n[slot] = 0;
  }

  private grow() {
    const larger = <T extends Int32Array | Uint8Array>(array: T): T => {
      const copy = new (array.constructor as new (length: number) => T)(array.length * 2);
      copy.set(array);
      return copy;
    };
    for (const facet of FACETS) this.columns[facet] = larger(this.columns[facet]);
    this.theme = larger(this.theme);
    this.tagged = larger(this.tagged);
    this.n = larger(this.n);
  }
}
const keptTotals = new Map<string, KeptTotals>();

/** The rows changed since `since` (all of them for -1), with the version and epoch they are at. */
async function changedTotals(consultationId: string, since: number) {
  // One statement, so the version and the rows come from the same snapshot. The version is
  // written into the statement: as a parameter (or worked out in it), the planner expects a third
  // of the rows to have changed and reads them all rather than the few by index.
  const changedSince = sql.raw(String(Math.trunc(since)));
  return queryRows<ChangedRow & { epoch: string; version: number; themeKeys: string[] | null }>(
    await db(),
    sql`select v.epoch, v.version::int as version, c.*,
          case when c.key is null then array(select key from ${themes} where consultation_id = v.consultation_id) end as "themeKeys"
        from queue_count_versions v
        left join lateral (
          select concat_ws('|', 'all', c.status, c.section_id, c.language, c.stance, c.kind, c.organisation_type, c.country, c.has_attachment, c.tagged) as key,
            c.status::text as status, sec.number as section, c.language::text as language, c.stance::text as stance, c.kind::text as kind,
            c.organisation_type as "organisationType", c.country::text as country, case when c.has_attachment then 'yes' else 'no' end as attachment,
            c.tagged, null::text as theme, c.n
          from submission_facet_counts c left join ${sections} sec on sec.id = c.section_id
          where c.consultation_id = v.consultation_id and c.changed_version > ${changedSince}
          union all
          select concat_ws('|', c.theme_id, c.status, c.section_id, c.language, c.stance, c.kind, c.organisation_type, c.country, c.has_attachment),
            c.status::text, sec.number, c.language::text, c.stance::text, c.kind::text, c.organisation_type, c.country::text,
            case when c.has_attachment then 'yes' else 'no' end, true, t.key, c.n
          from theme_facet_counts c join ${themes} t on t.id = c.theme_id left join ${sections} sec on sec.id = c.section_id
          where c.consultation_id = v.consultation_id and c.changed_version > ${changedSince}
          union all
          -- A row without a key carries the theme keys, to notice deleted themes.
          select null, null, null, null, null, null, null, null, null, null, null, null
        ) c on true
        where v.consultation_id = ${consultationId}`,
  );
}

// The first load (every row) is shared: concurrent page views and the start-up warm-up wait for
// one. Each then brings it up to date in a snapshot of its own, so a page after a decision counts it.
const firstLoads = new Map<string, Promise<KeptTotals>>();

async function currentTotals(consultationId: string): Promise<KeptTotals> {
  if (!keptTotals.has(consultationId)) {
    let load = firstLoads.get(consultationId);
    if (!load) {
      load = updateTotals(consultationId).finally(() => firstLoads.delete(consultationId));
      firstLoads.set(consultationId, load);
    }
    await load;
  }
  return updateTotals(consultationId);
}

async function updateTotals(consultationId: string): Promise<KeptTotals> {
  const held = keptTotals.get(consultationId);
  let changes = await changedTotals(consultationId, held?.version ?? -1);
  const first = changes[0];
  if (!first) return new KeptTotals("");
  // A new epoch (the totals were counted again from the submissions): start over.
  if (held && first.epoch !== held.epoch) changes = await changedTotals(consultationId, -1);
  const totals = held && held.epoch === changes[0]!.epoch ? held : new KeptTotals(changes[0]!.epoch);
  for (const row of changes) {
    if (row.key !== null) totals.set(row as ChangedRow & { key: string });
    else if (Number(row.version) !== totals.version) totals.keepThemes(row.themeKeys ?? []);
  }
  totals.version = Number(changes[0]!.version);
  keptTotals.set(consultationId, totals);
  return totals;
}

/** Loads a consultation's kept totals into this server's memory (the first load reads them all). */
export async function warmQueueTotals(consultationId: string): Promise<void> {
  await currentTotals(consultationId);
}

// The same view at the same version has the same counts: paging, or the document and then its
// data, need not sum again. Keyed by epoch and version, so a cached answer is never stale.
const summedViews = new Map<string, FacetCounts>();
const SUMMED_VIEWS_KEPT = 500;

async function sumKeptCounts(consultationId: string, filter: QueueFilter): Promise<FacetCounts> {
  const totals = await currentTotals(consultationId);
  const { after: _after, sort: _sort, ...view } = filter;
  const key = JSON.stringify([consultationId, totals.epoch, totals.version, view]);
  const summed = summedViews.get(key) ?? sumTotals(totals, filter);
  summedViews.delete(key);
  summedViews.set(key, summed);
  if (summedViews.size > SUMMED_VIEWS_KEPT) summedViews.delete(summedViews.keys().next().value!);
  return structuredClone(summed);
}

function sumTotals(totals: KeptTotals, filter: QueueFilter): FacetCounts {
  const active = FACETS.filter((facet) => facetFilterValue(filter, facet) !== undefined);
  const activeColumns = active.map((facet) => totals.columns[facet]);
  const wanted = active.map((facet) => totals.dictionaries[facet].find(facetFilterValue(filter, facet)!));
  const sums = Object.fromEntries(
    FACETS.map((facet) => [facet, new Float64Array(totals.dictionaries[facet].values.length)]),
  ) as Record<CountedFacet, Float64Array>;
  const themeSums = new Float64Array(totals.themes.values.length);
  let untagged = 0;
  const chosenTheme = filter.theme && filter.theme !== UNTAGGED ? totals.themes.find(filter.theme) : null;
  const onlyUntagged = filter.theme === UNTAGGED;
  const { columns, theme, tagged, n } = totals;
  // Each total counts towards a facet when it passes every other filter: with no filter failed,
  // towards all of them; with exactly one failed, towards that one only.
  for (let slot = 0; slot < totals.size; slot++) {
    const count = n[slot]!;
    if (count === 0) continue;
    let failed = -1;
    let failures = 0;
    for (let index = 0; index < activeColumns.length && failures < 2; index++) {
      if (activeColumns[index]![slot] !== wanted[index]) {
        failed = index;
        failures++;
      }
    }
    if (failures > 1) continue;
    const themeCode = theme[slot]!;
    const perTheme = themeCode !== NO_VALUE;
    if (failures === 0) {
      if (perTheme) themeSums[themeCode]! += count;
      else if (tagged[slot] === 0) untagged += count;
    }
    // The other facets count submissions under the chosen theme, the untagged ones, or all.
    const underTheme =
      chosenTheme !== null ? themeCode === chosenTheme : !perTheme && (!onlyUntagged || tagged[slot] === 0);
    if (!underTheme) continue;
    if (failed >= 0) sums[active[failed]!][activeColumns[failed]![slot]!]! += count;
    else for (const facet of FACETS) sums[facet][columns[facet][slot]!]! += count;
  }
  const named = (dictionary: Dictionary, values: Float64Array) => {
    const record: Record<string, number> = {};
    values.forEach((sum, code) => {
      if (code !== NO_VALUE && sum > 0) record[dictionary.values[code]!] = sum;
    });
    return record;
  };
  const result = Object.fromEntries(
    FACETS.map((facet) => [facet, named(totals.dictionaries[facet], sums[facet])]),
  ) as FacetCounts;
  result.theme = named(totals.themes, themeSums);
  if (untagged > 0) result.theme[UNTAGGED] = untagged;
  return withStatusTotal(result);
}
