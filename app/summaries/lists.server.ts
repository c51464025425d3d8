// A consultation's summaries listed: their states for the overview and the dashboard, their
// records for the export, and the themes and sections they belong to.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { languagesOf, stateOf } from "./versions.server";

const { themeSummaries, themeSummaryVersions, themes, users } = schema;

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
