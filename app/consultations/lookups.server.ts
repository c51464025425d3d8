import { and, asc, eq } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { effectivePhase } from "./phase";

const { consultations, documentVersions, sections } = schema;

/** Where input is going: the consultation, its phase by the server's clock, and the section if any. */
export async function findInputTarget(slug: string, sectionNumber: string | null | undefined, now: Date) {
  const database = await db();
  const [consultation] = await database.select().from(consultations).where(eq(consultations.slug, slug)).limit(1);
  if (!consultation || consultation.phase === "draft") return null;
  let section: typeof sections.$inferSelect | null = null;
  if (sectionNumber) {
    const [found] = await database
      .select({ section: sections })
      .from(sections)
      .innerJoin(documentVersions, eq(documentVersions.id, sections.versionId))
      .where(
        and(
          eq(documentVersions.consultationId, consultation.id),
          eq(documentVersions.isCurrent, true),
          eq(sections.number, sectionNumber),
        ),
      )
      .limit(1);
    if (!found) return null;
    section = found.section;
  }
  return { consultation, section, phase: effectivePhase(consultation, now) };
}
export type InputTarget = NonNullable<Awaited<ReturnType<typeof findInputTarget>>>;

/** A consultation with its themes and section numbers, as the review pages filter by them. */
export async function consultationForReview(slug: string) {
  const target = await findInputTarget(slug, null, new Date());
  if (!target) return null;
  const database = await db();
  const [themeRows, sectionRows] = await Promise.all([
    database
      .select({ key: schema.themes.key, labelEn: schema.themes.labelEn, labelId: schema.themes.labelId })
      .from(schema.themes)
      .where(eq(schema.themes.consultationId, target.consultation.id))
      .orderBy(asc(schema.themes.position)),
    database
      .select({ number: schema.sections.number })
      .from(schema.sections)
      .innerJoin(schema.documentVersions, eq(schema.documentVersions.id, schema.sections.versionId))
      .where(eq(schema.documentVersions.consultationId, target.consultation.id))
      .orderBy(asc(schema.sections.position)),
  ]);
  return { consultation: target.consultation, themes: themeRows, sections: sectionRows.map((s) => s.number) };
}
