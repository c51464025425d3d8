// A queue filter as SQL conditions: its section and theme resolved to ids, and its search.
import { eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { db, isAnyOf, queryRows, schema } from "#db/client.server";
import type { Facet } from "./facets.server";
import { type QueueFilter, UNTAGGED } from "./filters";

const { submissions, sections, organisations, submissionThemes, themes } = schema;

/** A search that PostgreSQL reduces to nothing (only punctuation, operators or stop words). */
export class EmptySearchError extends Error {}

export function searchCondition(q: string): SQL {
  // Each submission is matched in its own language's configuration, as its search column was built.
  return sql`(
    (${submissions.language} = 'id' and ${sql.raw('"submissions"."search_vector"')} @@ websearch_to_tsquery('indonesian', ${q})) or
    (${submissions.language} = 'en' and ${sql.raw('"submissions"."search_vector"')} @@ websearch_to_tsquery('english', ${q})) or
    (${submissions.language} = 'other' and ${sql.raw('"submissions"."search_vector"')} @@ websearch_to_tsquery('simple', ${q}))
  )`;
}

export async function assertSearchHasTerms(q: string) {
  const [row] = await queryRows<{ terms: number }>(
    await db(),
    sql`select greatest(numnode(websearch_to_tsquery('indonesian', ${q})), numnode(websearch_to_tsquery('english', ${q})), numnode(websearch_to_tsquery('simple', ${q}))) as terms`,
  );
  if (!row || Number(row.terms) === 0) throw new EmptySearchError();
}

/** A filter with its section number and theme key turned into ids, so indexes can be used. */
export type ResolvedFilter = QueueFilter & { sectionIds?: string[]; themeId?: string | null };

export async function resolve(consultationId: string, filter: QueueFilter): Promise<ResolvedFilter> {
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

export function conditions(consultationId: string, filter: ResolvedFilter, without?: Facet): SQL[] {
  const where: SQL[] = [eq(submissions.consultationId, consultationId)];
  const use = (facet: Facet) => facet !== without;
  if (use("status") && filter.status !== "all") where.push(eq(submissions.status, filter.status));
  if (use("section") && filter.section) {
    // By id rather than through the join, so the section's own index gives its queue in order.
    const ids = filter.sectionIds ?? [];
    const [only, ...more] = ids;
    where.push(
      only === undefined
        ? sql`false`
        : more.length === 0
          ? eq(submissions.sectionId, only)
          : isAnyOf(submissions.sectionId, ids),
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
