// A page's ids found without walking the whole queue: in section order, a search's window, a theme's tags.
import { and, type SQL, sql } from "drizzle-orm";
import { db, queryRows, schema } from "#db/client.server";
import { conditions, type ResolvedFilter, searchCondition } from "./conditions.server";
import { type Cursor, decodeCursor, PAGE_SIZE } from "./keyset.server";

const { submissions, sections, organisations, submissionThemes } = schema;

/**
 * The ids of one page in section order (whole-draft input first, then by section, oldest first
 * within each). Sorting every match by its section's position would read them all; instead each
 * section's first rows come from its own index, and only those few are sorted.
 */
export async function pageInSectionOrder(
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
export async function pageInWindow(
  consultationId: string,
  filter: ResolvedFilter & { q: string },
  window: number,
): Promise<string[] | null> {
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
          select submissions.id, submissions.created_at, ${searchCondition(filter.q)} as matches, row_number() over (order by ${order}) as position
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
export async function pageInThemeOrder(consultationId: string, filter: ResolvedFilter): Promise<string[]> {
  const walk = walkInOrder(consultationId, filter);
  const rows = await queryRows<{ id: string }>(
    await db(),
    sql`select ${submissions.id} as id from ${walk.from} where ${walk.where} order by ${walk.order} limit ${PAGE_SIZE + 1}`,
  );
  return rows.map((row) => row.id);
}
