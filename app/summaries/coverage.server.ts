// What a summary may cite, how much of its theme's input it cites, and the cited input as readers see it.
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import { citedReferences } from "./citations";
import type { SummaryTarget } from "./versions.server";

const { submissions, submissionThemes, organisations, users } = schema;

/** Why a citation is refused, named by its reference in the message next to the text. */
export type CitationProblem = {
  reference: string;
  problem: "unknown" | "notApproved" | "rejected" | "withdrawn" | "private" | "otherTheme";
};

/**
 * A summary may cite only approved input tagged with its theme (and on its section, for a
 * section's summary), and never input whose author chose "not published": it is counted, not quoted.
 */
export async function checkCitations(
  executor: Executor,
  target: SummaryTarget,
  references: string[],
): Promise<CitationProblem[]> {
  if (references.length === 0) return [];
  const rows = await executor
    .select({
      reference: submissions.reference,
      status: submissions.status,
      consent: submissions.consent,
      sectionId: submissions.sectionId,
      tagged: sql<boolean>`exists (select 1 from ${submissionThemes} where ${submissionThemes.submissionId} = ${submissions.id} and ${submissionThemes.themeId} = ${target.themeId})`,
    })
    .from(submissions)
    .where(
      and(
        eq(submissions.consultationId, target.consultationId),
        sql`${submissions.reference} = any(${sql.param(references)}::text[])`,
      ),
    );
  const found = new Map(rows.map((row) => [row.reference, row]));
  const problems: CitationProblem[] = [];
  for (const reference of references) {
    const row = found.get(reference);
    const problem: CitationProblem["problem"] | null = !row
      ? "unknown"
      : row.status === "rejected"
        ? "rejected"
        : row.status === "withdrawn"
          ? "withdrawn"
          : row.status !== "approved"
            ? "notApproved"
            : row.consent === "private"
              ? "private"
              : !row.tagged || (target.sectionId !== null && row.sectionId !== target.sectionId)
                ? "otherTheme"
                : null;
    if (problem) problems.push({ reference, problem });
  }
  return problems;
}

export type Coverage = {
  /** Share of the theme's submissions cited, directly or through a cited near-duplicate group. */
  share: number;
  covered: number;
  total: number;
  uncitedStances: string[];
  uncitedOrganisationTypes: string[];
};

/** How much of a theme's approved input a text cites: the working group sees whose views are not yet heard. */
export async function coverageOf(target: SummaryTarget, texts: string[]): Promise<Coverage> {
  const database = await db();
  const cited = citedReferences(...texts);
  const rows = await database
    .select({
      reference: submissions.reference,
      groupId: submissions.duplicateGroupId,
      stance: submissions.stance,
      organisationType: sql<string>`coalesce(${organisations.type}::text, 'individual')`,
    })
    .from(submissions)
    .innerJoin(
      submissionThemes,
      and(eq(submissionThemes.submissionId, submissions.id), eq(submissionThemes.themeId, target.themeId)),
    )
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(
      and(
        eq(submissions.status, "approved"),
        target.sectionId === null ? undefined : eq(submissions.sectionId, target.sectionId),
      ),
    );
  const citedSet = new Set(cited);
  const citedGroups = new Set(
    rows.filter((row) => citedSet.has(row.reference) && row.groupId).map((row) => row.groupId),
  );
  const covered = rows.filter((row) => citedSet.has(row.reference) || (row.groupId && citedGroups.has(row.groupId)));
  const missing = (values: string[], heard: string[]) => [...new Set(values)].filter((v) => !heard.includes(v)).sort();
  return {
    share: rows.length === 0 ? 0 : covered.length / rows.length,
    covered: covered.length,
    total: rows.length,
    uncitedStances: missing(
      rows.map((row) => row.stance),
      covered.map((row) => row.stance),
    ),
    uncitedOrganisationTypes: missing(
      rows.map((row) => row.organisationType),
      covered.map((row) => row.organisationType),
    ),
  };
}

/** Cited input as a reader may see it: the name only with "published with my name", never private input. */
export async function citedInputForReaders(consultationId: string, references: string[]) {
  if (references.length === 0) return [];
  return (await db())
    .select({
      reference: submissions.reference,
      body: submissions.body,
      language: submissions.language,
      stance: submissions.stance,
      consent: submissions.consent,
      authorName: sql<string | null>`case when ${submissions.consent} = 'public_named' then ${users.name} end`,
      organisationName: sql<
        string | null
      >`case when ${submissions.consent} = 'public_named' then ${organisations.name} end`,
      organisationType: sql<string>`coalesce(${organisations.type}::text, 'individual')`,
      country: organisations.country,
      sectionNumber: schema.sections.number,
    })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.authorId))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .leftJoin(schema.sections, eq(schema.sections.id, submissions.sectionId))
    .where(
      and(
        eq(submissions.consultationId, consultationId),
        eq(submissions.status, "approved"),
        sql`${submissions.consent} <> 'private'`,
        sql`${submissions.reference} = any(${sql.param(references)}::text[])`,
      ),
    )
    .orderBy(asc(submissions.reference));
}
