// A consultation's summaries listed: their states for the overview and the dashboard, their
// records for the export, and the themes and sections they belong to.
import { and, asc, eq, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import type { Language } from "#db/schema/values";
import { languagesOf, type SummaryState, stateOf } from "./versions.server";

const { themeSummaries, themeSummaryVersions, themes, users } = schema;

export type ListedSummary = {
  themeId: string;
  /** The section a summary is narrowed to, with its id; null for the theme's own summary. */
  section: { id: string; number: string } | null;
  state: SummaryState;
  languages: Language[];
  texts: string[];
};

/**
 * Every summary of a consultation, each theme's own and those narrowed to one section (in the
 * document's order), with the newest version's state and languages: for the overview and the dashboard.
 */
export async function summaryStates(consultationId: string): Promise<ListedSummary[]> {
  const { sections } = schema;
  const rows = await (await db())
    .select({
      themeId: themeSummaries.themeId,
      sectionId: sections.id,
      sectionNumber: sections.number,
      current: themeSummaries.currentVersionId,
      published: themeSummaries.publishedVersionId,
      bodyEn: themeSummaryVersions.bodyEn,
      bodyId: themeSummaryVersions.bodyId,
    })
    .from(themeSummaries)
    .leftJoin(themeSummaryVersions, eq(themeSummaryVersions.id, themeSummaries.currentVersionId))
    .leftJoin(sections, eq(sections.id, themeSummaries.sectionId))
    .where(eq(themeSummaries.consultationId, consultationId))
    .orderBy(sql`${sections.position} nulls first`);
  return rows.map((row) => ({
    themeId: row.themeId,
    section: row.sectionId && row.sectionNumber ? { id: row.sectionId, number: row.sectionNumber } : null,
    state: stateOf(row.current, row.published),
    languages: languagesOf(row.bodyEn === null ? null : { bodyEn: row.bodyEn, bodyId: row.bodyId ?? "" }),
    texts: [row.bodyEn ?? "", row.bodyId ?? ""],
  }));
}

/** Which summaries an export covers: one theme's or every theme's, and only those of one section if named. */
export type SummariesCovered = { theme?: string; section?: string };

/**
 * Every theme the export covers with each of its summaries (the theme's own, then those of single
 * sections), the published version's text, and who published it when: for the working group's export.
 * A theme without a summary is a row of its own, so the sheet shows it has none.
 */
export async function summaryRecords(consultationId: string, covered: SummariesCovered = {}) {
  const { sections } = schema;
  const onSection =
    covered.section === undefined
      ? undefined
      : sql`${themeSummaries.sectionId} in (select id from ${sections} where ${sections.number} = ${covered.section})`;
  const rows = await (await db())
    .select({
      themeKey: themes.key,
      section: sections.number,
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
    .leftJoin(themeSummaries, and(eq(themeSummaries.themeId, themes.id), onSection))
    .leftJoin(sections, eq(sections.id, themeSummaries.sectionId))
    .leftJoin(themeSummaryVersions, eq(themeSummaryVersions.id, themeSummaries.publishedVersionId))
    .leftJoin(users, eq(users.id, themeSummaries.publishedBy))
    .where(
      and(
        eq(themes.consultationId, consultationId),
        covered.theme === undefined ? undefined : eq(themes.key, covered.theme),
      ),
    )
    .orderBy(asc(themes.position), sql`${sections.number} nulls first`);
  return rows.map(({ current, published, section, ...row }) => ({
    ...row,
    section: section ?? covered.section ?? null,
    state: stateOf(current, published),
  }));
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
    .select({
      id: themes.id,
      key: themes.key,
      labelEn: themes.labelEn,
      labelId: themes.labelId,
      // Kept with its input and summaries, and marked (decision 038).
      retired: sql<boolean>`${themes.retiredAt} is not null`,
    })
    .from(themes)
    .where(eq(themes.consultationId, consultationId))
    .orderBy(asc(themes.position));
}
