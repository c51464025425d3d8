import { and, asc, eq, sql } from "drizzle-orm";
import { db, preparedPerPool, schema } from "#db/client.server";
import { effectivePhase } from "./phase";

const { consultations, documentVersions, sections } = schema;

/** Where input is going: the consultation, its phase by the server's clock, and the section if any. */
export async function findInputTarget(slug: string, sectionNumber: string | null | undefined, now: Date) {
  const [row] = await (await inputTargetQuery()).execute({ slug, sectionNumber: sectionNumber || null });
  if (!row || row.consultation.phase === "draft") return null;
  if (sectionNumber && !row.section) return null;
  const consultation = row.consultation;
  const section: typeof sections.$inferSelect | null = sectionNumber ? row.section : null;
  return { consultation, section, phase: effectivePhase(consultation, now) };
}

// Every send and input page asks it: built by drizzle and described by PostgreSQL once per pool
// (decision 028). One round trip: the section (of the current version) is joined only when one
// is asked for.
const inputTargetQuery = preparedPerPool((database) =>
  database
    .select({ consultation: consultations, section: sections })
    .from(consultations)
    .leftJoin(
      documentVersions,
      and(
        sql`${sql.placeholder("sectionNumber")}::text is not null`,
        eq(documentVersions.consultationId, consultations.id),
        eq(documentVersions.isCurrent, true),
      ),
    )
    .leftJoin(
      sections,
      and(
        eq(sections.versionId, documentVersions.id),
        eq(sections.number, sql`${sql.placeholder("sectionNumber")}::text`),
      ),
    )
    .where(eq(consultations.slug, sql.placeholder("slug")))
    .limit(1)
    .prepare("input_target"),
);
export type InputTarget = NonNullable<Awaited<ReturnType<typeof findInputTarget>>>;

/** A consultation with its themes and section numbers, as the review pages filter by them. */
export async function consultationForReview(slug: string) {
  const target = await findInputTarget(slug, null, new Date());
  if (!target) return null;
  const database = await db();
  const [themeRows, sectionRows] = await Promise.all([
    database
      .select({
        key: schema.themes.key,
        labelEn: schema.themes.labelEn,
        labelId: schema.themes.labelId,
        // Retired themes still filter and report their input; only tagging leaves them out.
        retired: sql<boolean>`${schema.themes.retiredAt} is not null`,
      })
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
  // Every version's sections: input stays on the one it was written on. A number is listed once.
  const numbers = [...new Set(sectionRows.map((s) => s.number))];
  return { consultation: target.consultation, themes: themeRows, sections: numbers };
}
