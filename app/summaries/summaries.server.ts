// A theme's summary: its versions, saving with citation checks and conflict detection, coverage,
// and publishing. Every save and publish goes into the audit log in the same transaction.
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import type { Language } from "#db/schema/values";
import { recordAudit } from "~/audit/audit.server";
import { effectivePhase } from "~/consultations/phase";
import { ok, type Result } from "~/result";
import { citedReferences } from "./citations";
import type { SummaryForm } from "./schema";

const { themeSummaries, themeSummaryVersions, submissions, submissionThemes, themes, organisations, users } = schema;

/** Which summary: a theme's, or a theme's on one section. */
export type SummaryTarget = { consultationId: string; themeId: string; sectionId: string | null };

export type SummaryVersion = {
  number: number;
  bodyEn: string;
  bodyId: string;
  enNotTranslated: boolean;
  idNotTranslated: boolean;
  authorName: string;
  createdAt: Date;
};

export type SummaryState = "none" | "draft" | "published";

export type StoredSummary = {
  id: string;
  current: SummaryVersion | null;
  publishedNumber: number | null;
  publishedAt: Date | null;
  state: SummaryState;
};

const sectionIs = (sectionId: string | null) =>
  sectionId === null ? isNull(themeSummaries.sectionId) : eq(themeSummaries.sectionId, sectionId);

const versionColumns = {
  number: themeSummaryVersions.number,
  bodyEn: themeSummaryVersions.bodyEn,
  bodyId: themeSummaryVersions.bodyId,
  enNotTranslated: themeSummaryVersions.enNotTranslated,
  idNotTranslated: themeSummaryVersions.idNotTranslated,
  authorName: users.name,
  createdAt: themeSummaryVersions.createdAt,
};

export function stateOf(current: number | null, published: number | null): SummaryState {
  if (current === null) return "none";
  return published === current ? "published" : "draft";
}

/** The languages a version has text in. */
export function languagesOf(version: Pick<SummaryVersion, "bodyEn" | "bodyId"> | null): Language[] {
  if (!version) return [];
  return (["en", "id"] as const).filter((language) => (language === "en" ? version.bodyEn : version.bodyId).trim());
}

export async function findSummary(target: SummaryTarget, executor?: Executor): Promise<StoredSummary | null> {
  const database = executor ?? (await db());
  const [row] = await database
    .select({
      id: themeSummaries.id,
      publishedAt: themeSummaries.publishedAt,
      published: sql<
        number | null
      >`(select number from ${themeSummaryVersions} where id = ${themeSummaries.publishedVersionId})`,
      current: themeSummaries.currentVersionId,
    })
    .from(themeSummaries)
    .where(and(eq(themeSummaries.themeId, target.themeId), sectionIs(target.sectionId)));
  if (!row) return null;
  const [current] = row.current
    ? await database
        .select(versionColumns)
        .from(themeSummaryVersions)
        .innerJoin(users, eq(users.id, themeSummaryVersions.authorId))
        .where(eq(themeSummaryVersions.id, row.current))
    : [];
  return {
    id: row.id,
    current: current ?? null,
    publishedNumber: row.published,
    publishedAt: row.publishedAt,
    state: stateOf(current?.number ?? null, row.published),
  };
}

export async function versionsOf(summaryId: string): Promise<SummaryVersion[]> {
  return (await db())
    .select(versionColumns)
    .from(themeSummaryVersions)
    .innerJoin(users, eq(users.id, themeSummaryVersions.authorId))
    .where(eq(themeSummaryVersions.summaryId, summaryId))
    .orderBy(desc(themeSummaryVersions.number));
}

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

export type SaveOutcome =
  | { saved: true; number: number }
  | { saved: false; citations: Record<Language, CitationProblem[]> }
  | { saved: false; conflict: SummaryVersion };

/**
 * Saves a new version. One started from a version that is no longer the newest is not saved: the
 * author gets the other version to compare with, and keeps their own text (nothing is lost).
 */
export async function saveSummary(
  authorId: string,
  target: SummaryTarget,
  form: SummaryForm,
  now = new Date(),
): Promise<SaveOutcome> {
  return (await db()).transaction(async (tx) => {
    const citations = {
      en: await checkCitations(tx, target, citedReferences(form.bodyEn)),
      id: await checkCitations(tx, target, citedReferences(form.bodyId)),
    };
    if (citations.en.length > 0 || citations.id.length > 0) return { saved: false, citations };
    await tx
      .insert(themeSummaries)
      .values({ consultationId: target.consultationId, themeId: target.themeId, sectionId: target.sectionId })
      .onConflictDoNothing();
    // Locked until the transaction ends: two saves of one summary take turns.
    const [summary] = await tx
      .select({ id: themeSummaries.id })
      .from(themeSummaries)
      .where(and(eq(themeSummaries.themeId, target.themeId), sectionIs(target.sectionId)))
      .for("update");
    if (!summary) throw new Error("the summary row was not made");
    const stored = await findSummary(target, tx);
    const newest = stored?.current?.number ?? 0;
    if (newest !== form.baseNumber && stored?.current) return { saved: false, conflict: stored.current };
    const [version] = await tx
      .insert(themeSummaryVersions)
      .values({
        summaryId: summary.id,
        number: newest + 1,
        bodyEn: form.bodyEn,
        bodyId: form.bodyId,
        enNotTranslated: form.enNotTranslated,
        idNotTranslated: form.idNotTranslated,
        authorId,
        baseNumber: form.baseNumber === 0 ? null : form.baseNumber,
        createdAt: now,
      })
      .returning({ id: themeSummaryVersions.id, number: themeSummaryVersions.number });
    if (!version) throw new Error("the version was not saved");
    await tx.update(themeSummaries).set({ currentVersionId: version.id }).where(eq(themeSummaries.id, summary.id));
    await recordAudit(tx, {
      actorId: authorId,
      action: "summary.save",
      subjectType: "theme_summary",
      subjectId: summary.id,
      details: { version: version.number, cites: citedReferences(form.bodyEn, form.bodyId) },
    });
    return { saved: true, number: version.number };
  });
}

export type PublishRefusal =
  | "summaries.notClosed"
  | "summaries.nothingToPublish"
  | "summaries.notNewest"
  | "summaries.missingLanguage"
  | "summaries.citationGone";

/**
 * Publishes the newest version, the one the member has in front of them: possible once the
 * consultation is closed, with text in both languages or the missing one marked "not translated".
 * Readers see it until another version is published.
 */
export async function publishSummary(
  publisherId: string,
  target: SummaryTarget,
  consultation: { phase: "draft" | "open" | "closed" | "published"; opensAt: Date; closesAt: Date },
  shownNumber: number,
  now = new Date(),
): Promise<Result<{ number: number }> | { ok: false; error: "summaries.missingLanguage"; field: Language }> {
  const phase = effectivePhase(consultation, now);
  if (phase !== "closed" && phase !== "published") return { ok: false, error: "summaries.notClosed" };
  return (await db()).transaction(async (tx) => {
    const stored = await findSummary(target, tx);
    const current = stored?.current;
    if (!stored || !current) return { ok: false, error: "summaries.nothingToPublish" } as const;
    if (current.number !== shownNumber) return { ok: false, error: "summaries.notNewest" } as const;
    if (!current.bodyEn.trim() && !current.enNotTranslated)
      return { ok: false, error: "summaries.missingLanguage", field: "en" } as const;
    if (!current.bodyId.trim() && !current.idNotTranslated)
      return { ok: false, error: "summaries.missingLanguage", field: "id" } as const;
    // A cited submission may have been rejected or made private since the save.
    const problems = await checkCitations(tx, target, citedReferences(current.bodyEn, current.bodyId));
    if (problems.length > 0) return { ok: false, error: "summaries.citationGone" } as const;
    await tx
      .update(themeSummaries)
      .set({
        publishedVersionId: sql`(select id from ${themeSummaryVersions} where summary_id = ${stored.id} and number = ${current.number})`,
        publishedAt: now,
        publishedBy: publisherId,
      })
      .where(eq(themeSummaries.id, stored.id));
    await recordAudit(tx, {
      actorId: publisherId,
      action: "summary.publish",
      subjectType: "theme_summary",
      subjectId: stored.id,
      details: { version: current.number },
    });
    return ok({ number: current.number });
  });
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

/** The summaries of a consultation's themes (not of single sections), by theme: for the overview. */
export async function themeSummaryStates(consultationId: string) {
  const rows = await (await db())
    .select({
      themeId: themeSummaries.themeId,
      current: themeSummaries.currentVersionId,
      published: themeSummaries.publishedVersionId,
      bodyEn: themeSummaryVersions.bodyEn,
      bodyId: themeSummaryVersions.bodyId,
    })
    .from(themeSummaries)
    .leftJoin(themeSummaryVersions, eq(themeSummaryVersions.id, themeSummaries.currentVersionId))
    .where(and(eq(themeSummaries.consultationId, consultationId), isNull(themeSummaries.sectionId)));
  return new Map(
    rows.map((row) => [
      row.themeId,
      {
        state: stateOf(row.current, row.published),
        languages: languagesOf(row.bodyEn === null ? null : { bodyEn: row.bodyEn, bodyId: row.bodyId ?? "" }),
        texts: [row.bodyEn ?? "", row.bodyId ?? ""],
      },
    ]),
  );
}

/**
 * Every theme with each of its summaries (the theme's own, then those of single sections), the
 * published version's text, and who published it when: for the working group's export.
 */
export async function summaryRecords(consultationId: string) {
  const rows = await (await db())
    .select({
      themeKey: themes.key,
      section: schema.sections.number,
      current: themeSummaries.currentVersionId,
      published: themeSummaries.publishedVersionId,
      bodyEn: themeSummaryVersions.bodyEn,
      bodyId: themeSummaryVersions.bodyId,
      enNotTranslated: themeSummaryVersions.enNotTranslated,
      idNotTranslated: themeSummaryVersions.idNotTranslated,
      publishedAt: themeSummaries.publishedAt,
      publishedBy: users.name,
    })
    .from(themes)
    .leftJoin(themeSummaries, eq(themeSummaries.themeId, themes.id))
    .leftJoin(schema.sections, eq(schema.sections.id, themeSummaries.sectionId))
    .leftJoin(themeSummaryVersions, eq(themeSummaryVersions.id, themeSummaries.publishedVersionId))
    .leftJoin(users, eq(users.id, themeSummaries.publishedBy))
    .where(eq(themes.consultationId, consultationId))
    .orderBy(asc(themes.position), sql`${schema.sections.number} nulls first`);
  return rows.map(({ current, published, ...row }) => ({ ...row, state: stateOf(current, published) }));
}

/** A section of the consultation's current draft, by its number. */
export async function sectionIdOf(consultationId: string, number: string): Promise<string | null> {
  const [row] = await (await db())
    .select({ id: schema.sections.id })
    .from(schema.sections)
    .innerJoin(schema.documentVersions, eq(schema.documentVersions.id, schema.sections.versionId))
    .where(
      and(
        eq(schema.documentVersions.consultationId, consultationId),
        eq(schema.documentVersions.isCurrent, true),
        eq(schema.sections.number, number),
      ),
    );
  return row?.id ?? null;
}

/** The themes of a consultation, in their order. */
export async function themesOf(consultationId: string) {
  return (await db())
    .select({ id: themes.id, key: themes.key, labelEn: themes.labelEn, labelId: themes.labelId })
    .from(themes)
    .where(eq(themes.consultationId, consultationId))
    .orderBy(asc(themes.position));
}

/** Published versions of a consultation's theme summaries, in theme order: what readers see. */
export async function publishedSummaries(consultationId: string) {
  return (await db())
    .select({
      themeKey: themes.key,
      labelEn: themes.labelEn,
      labelId: themes.labelId,
      bodyEn: themeSummaryVersions.bodyEn,
      bodyId: themeSummaryVersions.bodyId,
      enNotTranslated: themeSummaryVersions.enNotTranslated,
      idNotTranslated: themeSummaryVersions.idNotTranslated,
      publishedAt: themeSummaries.publishedAt,
    })
    .from(themeSummaries)
    .innerJoin(themes, eq(themes.id, themeSummaries.themeId))
    .innerJoin(themeSummaryVersions, eq(themeSummaryVersions.id, themeSummaries.publishedVersionId))
    .where(and(eq(themeSummaries.consultationId, consultationId), isNull(themeSummaries.sectionId)))
    .orderBy(asc(themes.position));
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
