import { and, asc, eq, inArray } from "drizzle-orm";
import { db, schema } from "#db/client.server";

// What readers see of a document's history (decision 033): its published versions with their
// changelogs, where a section's text went in the current version, and where it came from.

const { documentVersions, sectionMappings, sections } = schema;
type Localized<T> = { en: T; id: T };

export type PublishedVersion = {
  label: string;
  publishedAt: string | null;
  isCurrent: boolean;
  changelog: Localized<string | null>;
};

/** The published versions, the oldest first: a version being drafted is the secretariat's alone. */
export async function publishedVersions(consultationId: string): Promise<PublishedVersion[]> {
  const rows = await (await db())
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.consultationId, consultationId), eq(documentVersions.status, "published")))
    .orderBy(asc(documentVersions.createdAt), asc(documentVersions.label));
  return rows.map((row) => ({
    label: row.label,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    isCurrent: row.isCurrent,
    changelog: { en: row.changelogEn, id: row.changelogId },
  }));
}

export type PlacedSection = { number: string; heading: Localized<string | null> };
/** Where a text is now: the current version and the sections it went to (none: removed). */
export type TextNow = { label: string; sections: PlacedSection[] };

const placedColumns = {
  id: sections.id,
  number: sections.number,
  headingEn: sections.headingEn,
  headingId: sections.headingId,
};
const placed = (row: { number: string; headingEn: string | null; headingId: string | null }): PlacedSection => ({
  number: row.number,
  heading: { en: row.headingEn, id: row.headingId },
});

/**
 * For a section of an older version, where its text is in the current version, following each
 * published version's mapping in turn; null when the section is in the current version already.
 */
export async function whereTextIsNow(sectionId: string): Promise<TextNow | null> {
  const database = await db();
  const [start] = await database
    .select({ consultationId: documentVersions.consultationId, isCurrent: documentVersions.isCurrent })
    .from(sections)
    .innerJoin(documentVersions, eq(documentVersions.id, sections.versionId))
    .where(eq(sections.id, sectionId));
  if (!start || start.isCurrent) return null;
  const [current] = await database
    .select({ label: documentVersions.label })
    .from(documentVersions)
    .where(and(eq(documentVersions.consultationId, start.consultationId), eq(documentVersions.isCurrent, true)));
  if (!current) return null;
  let ids = [sectionId];
  // Each step goes one version on; a document has a handful, and the bound stops a bad mapping looping.
  for (let step = 0; step < 100; step += 1) {
    const next = await database
      .select({ isCurrent: documentVersions.isCurrent, ...placedColumns })
      .from(sectionMappings)
      .innerJoin(documentVersions, eq(documentVersions.id, sectionMappings.versionId))
      .innerJoin(sections, eq(sections.id, sectionMappings.toSectionId))
      .where(and(inArray(sectionMappings.fromSectionId, ids), eq(documentVersions.status, "published")))
      .orderBy(asc(sections.position));
    const rows = next.filter((row, index) => next.findIndex((other) => other.id === row.id) === index);
    if (rows.length === 0 || rows[0]?.isCurrent) return { label: current.label, sections: rows.map(placed) };
    ids = rows.map((row) => row.id);
  }
  return { label: current.label, sections: [] };
}

export type EarlierText = PlacedSection & { body: Localized<string | null> };

/**
 * The text a section of a version replaced: the previous version's label and the sections mapped
 * into this one (several after a merge, none for a new section); null in a document's first version.
 */
export async function earlierText(sectionId: string): Promise<{ label: string; sections: EarlierText[] } | null> {
  const database = await db();
  const [own] = await database
    .select({ versionId: sections.versionId, basedOn: documentVersions.basedOnVersionId })
    .from(sections)
    .innerJoin(documentVersions, eq(documentVersions.id, sections.versionId))
    .where(eq(sections.id, sectionId));
  if (!own?.basedOn) return null;
  const [previous] = await database
    .select({ label: documentVersions.label })
    .from(documentVersions)
    .where(eq(documentVersions.id, own.basedOn));
  const rows = await database
    .select({ ...placedColumns, bodyEn: sections.bodyEn, bodyId: sections.bodyId })
    .from(sectionMappings)
    .innerJoin(sections, eq(sections.id, sectionMappings.fromSectionId))
    .where(and(eq(sectionMappings.versionId, own.versionId), eq(sectionMappings.toSectionId, sectionId)))
    .orderBy(asc(sections.position));
  return {
    label: previous?.label ?? "",
    sections: rows.map((row) => ({ ...placed(row), body: { en: row.bodyEn, id: row.bodyId } })),
  };
}
