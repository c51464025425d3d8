// A theme's figures: what the summary editor, the public report and the dashboard all show. The
// counts per value come from the queue's own counting, so no two pages can disagree (Decidim's
// admin and public statistics did: decidim#8845).
import { and, eq, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { conditions, resolve } from "~/moderation/queue/conditions.server";
import { countSubmissionsPerFacet } from "~/moderation/queue/counts.server";
import { type QueueFilter, queueFilterSchema } from "~/moderation/queue/filters";

const { submissions, sections, organisations } = schema;

/** A near-duplicate group of the theme, counted by its full size: a campaign letter sent 278 times counts 278. */
export type Campaign = { groupId: string; size: number; reference: string };

export type ThemeFigures = {
  submissions: number;
  organisations: number;
  byStance: Record<string, number>;
  byOrganisationType: Record<string, number>;
  byCountry: Record<string, number>;
  byLanguage: Record<string, number>;
  campaigns: Campaign[];
};

/** The filter a theme's figures are counted on: its approved input, optionally on one section. */
export function themeFilter(theme: string, section?: string): QueueFilter {
  return queueFilterSchema.parse({ status: "approved", theme, ...(section ? { section } : {}) });
}

export async function figuresFor(consultationId: string, filter: QueueFilter): Promise<ThemeFigures> {
  const database = await db();
  const resolved = await resolve(consultationId, filter);
  const where = and(...conditions(consultationId, resolved));
  const [counts, [distinct], groups] = await Promise.all([
    countSubmissionsPerFacet(consultationId, filter),
    database
      .select({ n: sql<number>`count(distinct ${submissions.organisationId})::int` })
      .from(submissions)
      .leftJoin(sections, eq(sections.id, submissions.sectionId))
      .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
      .where(where),
    database
      .select({
        groupId: sql<string>`${submissions.duplicateGroupId}`,
        size: sql<number>`count(*)::int`,
        reference: sql<string>`min(${submissions.reference})`,
      })
      .from(submissions)
      .leftJoin(sections, eq(sections.id, submissions.sectionId))
      .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
      .where(and(where, sql`${submissions.duplicateGroupId} is not null`))
      .groupBy(submissions.duplicateGroupId)
      .having(sql`count(*) > 1`)
      .orderBy(sql`count(*) desc`, sql`min(${submissions.reference})`),
  ]);
  return {
    submissions: counts.status[filter.status] ?? 0,
    organisations: distinct?.n ?? 0,
    byStance: counts.stance,
    byOrganisationType: counts.organisationType,
    byCountry: counts.country,
    byLanguage: counts.language,
    campaigns: groups,
  };
}
