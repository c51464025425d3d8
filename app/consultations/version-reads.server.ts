import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import { type MappedSection, type MappingPair, mappingProblems } from "./section-mapping";

const { amendmentDecisions, consultations, documentVersions, sectionMappings, sections, submissions } = schema;
const { versionAmendmentOutcomes } = schema;

const sectionColumns = {
  id: sections.id,
  number: sections.number,
  headingEn: sections.headingEn,
  headingId: sections.headingId,
  bodyEn: sections.bodyEn,
  bodyId: sections.bodyId,
};

/** A version's sections in their order, with the texts the mapping and the amendments work on. */
export function sectionsOfVersion(executor: Executor, versionId: string): Promise<MappedSection[]> {
  return executor
    .select(sectionColumns)
    .from(sections)
    .where(eq(sections.versionId, versionId))
    .orderBy(asc(sections.position));
}

/** Every version of a consultation, the oldest first. */
export function versionsOf(executor: Executor, consultationId: string) {
  return executor
    .select()
    .from(documentVersions)
    .where(eq(documentVersions.consultationId, consultationId))
    .orderBy(asc(documentVersions.createdAt), asc(documentVersions.label));
}
export type StoredVersion = Awaited<ReturnType<typeof versionsOf>>[number];

/** The pairs the secretariat chose for a drafted version: the previous sections' side only ("new" is worked out). */
export async function storedPairs(executor: Executor, versionId: string): Promise<MappingPair[]> {
  return executor
    .select({ fromSectionId: sectionMappings.fromSectionId, toSectionId: sectionMappings.toSectionId })
    .from(sectionMappings)
    .where(and(eq(sectionMappings.versionId, versionId), isNotNull(sectionMappings.fromSectionId)));
}

/** What became of each accepted amendment in a drafted version, in the document's order. */
export function outcomesOf(executor: Executor, versionId: string) {
  return executor
    .select({
      reference: submissions.reference,
      language: submissions.language,
      quotedPassage: submissions.quotedPassage,
      proposedText: submissions.proposedText,
      sectionNumber: sections.number,
      outcome: versionAmendmentOutcomes.outcome,
      conflict: versionAmendmentOutcomes.conflict,
      note: versionAmendmentOutcomes.note,
    })
    .from(versionAmendmentOutcomes)
    .innerJoin(submissions, eq(submissions.id, versionAmendmentOutcomes.submissionId))
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    .where(eq(versionAmendmentOutcomes.versionId, versionId))
    .orderBy(asc(sections.position), asc(submissions.createdAt));
}

/** Accepted amendments on a version's sections: what drafting the next version applies. */
export function acceptedAmendmentsOn(executor: Executor, versionId: string) {
  return executor
    .select({
      submissionId: submissions.id,
      sectionId: sections.id,
      language: submissions.language,
      quotedPassage: submissions.quotedPassage,
      proposedText: sql<string>`coalesce(${submissions.proposedText}, '')`,
    })
    .from(submissions)
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    .innerJoin(amendmentDecisions, eq(amendmentDecisions.submissionId, submissions.id))
    .where(
      and(
        eq(sections.versionId, versionId),
        eq(submissions.kind, "amendment"),
        eq(submissions.status, "approved"),
        eq(amendmentDecisions.decision, "accepted"),
      ),
    )
    .orderBy(asc(sections.position), asc(submissions.createdAt), asc(submissions.id));
}

/**
 * The secretariat's versions page: every version, and for the one being drafted its amendments'
 * outcomes, both versions' sections, the chosen mapping and what still stops publishing.
 */
export async function versionsPage(slug: string) {
  const database = await db();
  const [consultation] = await database
    .select({
      id: consultations.id,
      slug: consultations.slug,
      titleEn: consultations.titleEn,
      titleId: consultations.titleId,
      phase: consultations.phase,
      timeZone: consultations.timeZone,
      inputFrozen: consultations.inputFrozen,
    })
    .from(consultations)
    .where(eq(consultations.slug, slug))
    .limit(1);
  if (!consultation) return null;
  const versions = await versionsOf(database, consultation.id);
  const drafting = versions.find((version) => version.status === "drafting") ?? null;
  const base = drafting ? versions.find((version) => version.id === drafting.basedOnVersionId) : undefined;
  const current = versions.find((version) => version.isCurrent) ?? null;
  if (!drafting || !base) return { consultation, versions, current, drafting: null };
  const [outcomes, from, to, pairs] = await Promise.all([
    outcomesOf(database, drafting.id),
    sectionsOfVersion(database, base.id),
    sectionsOfVersion(database, drafting.id),
    storedPairs(database, drafting.id),
  ]);
  const problems = mappingProblems(pairs, from, { from: base.label, to: drafting.label });
  return {
    consultation,
    versions,
    current,
    drafting: { version: drafting, base, outcomes, from, to, pairs, problems },
  };
}
export type VersionsPage = NonNullable<Awaited<ReturnType<typeof versionsPage>>>;
export type DraftingView = NonNullable<VersionsPage["drafting"]>;
