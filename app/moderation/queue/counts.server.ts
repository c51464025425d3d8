// Counting what a filter matches: for bulk actions, and per value of each facet (searches and groups on their matches).
import { and, eq, type SQL, sql } from "drizzle-orm";
import { db, isAnyOf, queryRows, schema } from "#db/client.server";
import { assertSearchHasTerms, conditions, type ResolvedFilter, resolve } from "./conditions.server";
import {
  activeFacets,
  type Facet,
  type FacetCounts,
  type FacetValues,
  FACETS,
  facetColumn,
  facetFilterValue,
  passes,
  withStatusTotal,
} from "./facets.server";
import { type QueueFilter, UNTAGGED } from "./filters";
import { sumKeptCounts } from "./totals.server";

const { submissions, sections, organisations, submissionThemes, themes } = schema;

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

/**
 * How a search is counted: on its matches (with all filters but one) up to `count`; a search
 * matching more is not counted per value. First the table's last `probePages` pages are looked
 * through: more than `probeAbove` matches there show a broad search without the text index.
 */
export type SearchCounting = { count: number; probePages: number; probeAbove: number };
export const SEARCH_COUNTING: SearchCounting = { count: 1_000, probePages: 600, probeAbove: 100 };

/** A near-duplicate group larger than this is counted in the database rather than here. */
const GROUP_COUNT_LIMIT = 10_000;

/**
 * Counts per value of each filter, with every other filter applied: what choosing it would show.
 * Read from the totals the database keeps per combination of filter values (a few thousand rows
 * however many submissions there are). With one row per near-duplicate group the counts are still
 * of submissions: every copy counts. A search is counted on its matches, up to
 * `search.count`; null when it matches more (the page says so rather than guess).
 */
export async function facetCounts(
  consultationId: string,
  filter: QueueFilter,
  search = SEARCH_COUNTING,
): Promise<FacetCounts | null> {
  return (await countView(consultationId, await resolve(consultationId, filter), search)).counts;
}

/**
 * The counts of a view, and, for a search few enough to count, the ids of every submission it
 * shows (null otherwise). For a search too broad to count, `moreThan`: more matches than that
 * were read, so that is what the page may claim.
 */
export async function countView(
  consultationId: string,
  filter: ResolvedFilter,
  search: SearchCounting,
): Promise<{ counts: FacetCounts | null; inView: string[] | null; moreThan: number | null }> {
  const everyCopy = { ...filter, groups: undefined };
  if (!filter.q && !filter.group)
    return { counts: await sumKeptCounts(consultationId, everyCopy), inView: null, moreThan: null };
  const matches = await narrowedMatches(
    consultationId,
    everyCopy,
    filter.q ? search : { count: GROUP_COUNT_LIMIT, probePages: 0, probeAbove: 0 },
  );
  if ("moreThan" in matches) {
    if (filter.q) return { counts: null, inView: null, moreThan: matches.moreThan };
    return { counts: await countSubmissionsPerFacet(consultationId, everyCopy), inView: null, moreThan: null };
  }
  const active = activeFacets(everyCopy);
  // A group's own index already gives its page; a search's matches save walking the queue for one.
  const inView = filter.q
    ? matches.rows
        .filter((row) => active.every((facet) => passes(row, facet, facetFilterValue(everyCopy, facet))))
        .map((row) => row.id)
    : null;
  return { counts: countPerFacet(matches.rows, everyCopy, active), inView, moreThan: null };
}

/**
 * The table's last `pages` pages, read in order: where a busy consultation's newest input is.
 * The subquery is a fence (`offset 0`), so PostgreSQL reads just those pages whatever it guesses
 * of the search; the bound is an init plan, worked out once when the statement starts.
 */
const lastPages = (pages: number) => sql`(select * from ${submissions} where ctid >= (
    select format('(%s,0)', greatest(pg_relation_size('submissions') / current_setting('block_size')::int - ${pages}, 0))::tid
  ) offset 0) as ${submissions}`;

/**
 * The facet values of a search's (or group's) matches that pass every filter but at most one (the
 * only ones any count can include), up to `count`; when there are more, how many were read. One
 * search, not ten. A broad search shows it is broad among the table's last pages, read in order
 * (2–12 ms on a million submissions, stopping at `probeAbove` + 1 matches); only a search that
 * does not is asked of the text index, which first gathers every match of each word (10–70 ms for
 * common words, however few rows are then read).
 */
async function narrowedMatches(
  consultationId: string,
  filter: ResolvedFilter,
  { count, probePages, probeAbove }: SearchCounting,
): Promise<{ rows: (FacetValues & { id: string })[] } | { moreThan: number }> {
  if (filter.q) await assertSearchHasTerms(filter.q);
  // The search (and group) once, then rows passing every facet filter but the one being counted.
  const narrowing = conditions(consultationId, { status: "all", sort: filter.sort, q: filter.q, group: filter.group });
  const facetsOnly = { ...filter, q: undefined, group: undefined };
  const withoutEach = activeFacets(filter).flatMap(
    (facet) => and(...conditions(consultationId, facetsOnly, facet)) ?? [],
  );
  const where = and(...narrowing, ...(withoutEach.length > 0 ? [sql`(${sql.join(withoutEach, sql` or `)})`] : []));
  const database = await db();
  // Up to one row more than the number that is to be told; themes only for those counted.
  const matching = (from: SQL, limit: number) =>
    queryRows<Omit<FacetValues, "themes"> & { id: string }>(
      database,
      sql`select ${submissions.id} as id, ${sql.join(
        FACETS.map((facet) => sql`${facetColumn[facet]} as ${sql.identifier(facet)}`),
        sql`, `,
      )}
        from ${from}
        left join ${sections} on ${sections.id} = ${submissions.sectionId}
        left join ${organisations} on ${organisations.id} = ${submissions.organisationId}
        where ${where}
        limit ${limit + 1}`,
    );
  if (probePages > 0 && (await matching(lastPages(probePages), probeAbove)).length > probeAbove)
    return { moreThan: probeAbove };
  const rows = await matching(sql`${submissions}`, count);
  if (rows.length > count) return { moreThan: count };
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
  return { rows: rows.map((row) => ({ ...row, themes: tagged.get(row.id) ?? [] })) };
}

/** Counts per value, from rows that pass every filter but at most one. */
function countPerFacet(rows: FacetValues[], filter: QueueFilter, active: Facet[]): FacetCounts {
  const facets = [...FACETS, "theme"] as Facet[];
  const result = Object.fromEntries(facets.map((facet) => [facet, {}])) as FacetCounts;
  for (const row of rows) {
    for (const facet of facets) {
      const others = active.filter((other) => other !== facet);
      if (!others.every((other) => passes(row, other, facetFilterValue(filter, other)))) continue;
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
