// The dashboard: what the queue's filters match, counted by the one function the public report's
// figures use too (countSubmissionsPerFacet), over time in the consultation's time zone, and how
// far moderation has come.
import type { SerializeFrom } from "@remix-run/node";
import { and, eq, sql } from "drizzle-orm";
import { db, queryRows, schema } from "#db/client.server";
import type { ErrorKey } from "~/forms/parse.server";
import { z } from "~/forms/zod";
import { conditions, EmptySearchError, resolve } from "~/moderation/queue/conditions.server";
import { countSubmissionsPerFacet } from "~/moderation/queue/counts.server";
import type { FacetCounts } from "~/moderation/queue/facets.server";
import { type QueueFilter, queueFilterSchema } from "~/moderation/queue/filters";
import { queueFilterOf } from "~/moderation/queue-read.server";
import { consultationNamed, type ReviewedConsultation } from "~/moderation/reviewed.server";
import { summaryStates, themesOf } from "~/summaries/lists.server";
import type { SummaryState } from "~/summaries/versions.server";

const { submissions, sections, organisations, submissionThemes } = schema;

import { type TimeStep, timeSteps } from "./time-steps";

const stepSchema = z.enum(timeSteps, { error: "review.unknownFilter" }).default("day");

/** How many submissions were sent on each day (or in each week from Monday) in the time zone given; days without any count 0. */
export async function inputOverTime(
  consultationId: string,
  filter: QueueFilter,
  timeZone: string,
  step: TimeStep,
): Promise<{ start: string; count: number }[]> {
  const resolved = await resolve(consultationId, { ...filter, groups: undefined, after: undefined });
  const rows = await queryRows<{ start: string; count: number }>(
    await db(),
    sql`select to_char(date_trunc(${step}, ${submissions.createdAt} at time zone ${timeZone}), 'YYYY-MM-DD') as start, count(*)::int as count
        from ${submissions}
        left join ${sections} on ${sections.id} = ${submissions.sectionId}
        left join ${organisations} on ${organisations.id} = ${submissions.organisationId}
        where ${and(...conditions(consultationId, resolved))}
        group by 1 order by 1`,
  );
  return withEmptySteps(
    rows.map((row) => ({ start: row.start, count: Number(row.count) })),
    step,
  );
}

const DAY_MS = 86_400_000;

function withEmptySteps(rows: { start: string; count: number }[], step: TimeStep) {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return [];
  const counted = new Map(rows.map((row) => [row.start, row.count]));
  const stride = step === "day" ? DAY_MS : 7 * DAY_MS;
  const filled: { start: string; count: number }[] = [];
  for (let at = Date.parse(`${first.start}T00:00:00Z`); at <= Date.parse(`${last.start}T00:00:00Z`); at += stride) {
    const start = new Date(at).toISOString().slice(0, 10);
    filled.push({ start, count: counted.get(start) ?? 0 });
  }
  return filled;
}

/** Of what the filter matches with any theme, how many carry at least one theme. */
export async function taggingProgress(consultationId: string, filter: QueueFilter) {
  const resolved = await resolve(consultationId, { ...filter, groups: undefined, after: undefined });
  const tagged = sql`exists (select 1 from ${submissionThemes} where ${submissionThemes.submissionId} = ${submissions.id})`;
  const [row] = await (await db())
    .select({
      tagged: sql<number>`count(*) filter (where ${tagged})::int`,
      untagged: sql<number>`count(*) filter (where not ${tagged})::int`,
    })
    .from(submissions)
    .leftJoin(sections, eq(sections.id, submissions.sectionId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(...conditions(consultationId, resolved, "theme")));
  return { tagged: Number(row?.tagged ?? 0), untagged: Number(row?.untagged ?? 0) };
}

/** Each theme's summary state, as the themes overview shows it: summaries do not follow the queue's filters. */
export async function summaryProgress(consultationId: string): Promise<{ key: string; state: SummaryState }[]> {
  const [themes, summaries] = await Promise.all([themesOf(consultationId), summaryStates(consultationId)]);
  const ownState = (themeId: string) =>
    summaries.find((summary) => summary.themeId === themeId && summary.section === null)?.state ?? "none";
  return themes.map((theme) => ({ key: theme.key, state: ownState(theme.id) }));
}

type Figures = {
  counts: FacetCounts | null;
  overTime: { start: string; count: number }[];
  tagging: { tagged: number; untagged: number } | null;
  summaries: { key: string; state: SummaryState }[];
};
const nothingCounted: Figures = { counts: null, overTime: [], tagging: null, summaries: [] };

/** The dashboard for the filters in its address; a filter we do not know shows the error and no figures. */
export async function dashboardView(found: ReviewedConsultation, params: URLSearchParams) {
  const named = consultationNamed(found);
  const shown = (filter: QueueFilter, step: TimeStep, error: ErrorKey | null, figures: Figures) => ({
    consultation: named,
    themes: found.themes,
    sections: found.sections,
    filter,
    step,
    error,
    ...figures,
  });
  const filter = queueFilterOf(found, params);
  const step = stepSchema.safeParse(params.get("by") ?? undefined);
  if (!filter || !step.success)
    return shown(queueFilterSchema.parse({}), "day", "review.unknownFilter", nothingCounted);
  const id = found.consultation.id;
  try {
    const [counts, overTime, tagging, summaries] = await Promise.all([
      // Every copy of a near-duplicate group counts, as in the queue's own counts and in the charts below.
      countSubmissionsPerFacet(id, { ...filter, groups: undefined }),
      inputOverTime(id, filter, found.consultation.timeZone, step.data),
      taggingProgress(id, filter),
      summaryProgress(id),
    ]);
    return shown(filter, step.data, null, { counts, overTime, tagging, summaries });
  } catch (error) {
    if (!(error instanceof EmptySearchError)) throw error;
    return shown(filter, step.data, "review.searchEmpty", nothingCounted);
  }
}

export type DashboardView = SerializeFrom<typeof dashboardView>;
