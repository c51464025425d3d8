import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, schema } from "#db/client.server";
import { renderMarkdown } from "./markdown.server";
import { effectivePhase, type Phase } from "./phase";
import { publishedVersions } from "./version-history.server";

const { consultations, documentVersions, sections, submissions } = schema;

type Localized<T> = { en: T; id: T };

export type ConsultationCard = {
  slug: string;
  title: Localized<string>;
  summary: Localized<string>;
  phase: Phase;
  opensAt: string;
  closesAt: string;
  timeZone: string;
};

function card(row: typeof consultations.$inferSelect, now: Date): ConsultationCard {
  return {
    slug: row.slug,
    title: { en: row.titleEn, id: row.titleId },
    summary: { en: row.summaryEn, id: row.summaryId },
    phase: effectivePhase(row, now),
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    timeZone: row.timeZone,
  };
}

/** Who is reading: a draft is shown only to the working group (decision 029). */
export type Reader = { seesDrafts: boolean };
const visitor: Reader = { seesDrafts: false };

export type ConsultationSummary = ConsultationCard & { sectionCount: number; publishedInput: number };

/** Consultations the reader may see, split into current and past; drafts only for the working group. */
export async function listVisibleConsultations(now: Date = new Date(), reader: Reader = visitor) {
  const database = await db();
  // Per consultation: its current draft's sections and its approved (published) input.
  const sectionCounts = database
    .select({ consultationId: documentVersions.consultationId, count: count(sections.id).as("section_count") })
    .from(documentVersions)
    .innerJoin(sections, eq(sections.versionId, documentVersions.id))
    .where(eq(documentVersions.isCurrent, true))
    .groupBy(documentVersions.consultationId)
    .as("section_counts");
  const inputCounts = database
    .select({ consultationId: submissions.consultationId, count: count().as("input_count") })
    .from(submissions)
    .where(eq(submissions.status, "approved"))
    .groupBy(submissions.consultationId)
    .as("input_counts");
  const rows = await database
    .select({ consultation: consultations, sectionCount: sectionCounts.count, publishedInput: inputCounts.count })
    .from(consultations)
    .leftJoin(sectionCounts, eq(sectionCounts.consultationId, consultations.id))
    .leftJoin(inputCounts, eq(inputCounts.consultationId, consultations.id))
    .orderBy(desc(consultations.closesAt));
  const visible: ConsultationSummary[] = rows.map((row) => ({
    ...card(row.consultation, now),
    sectionCount: row.sectionCount ?? 0,
    publishedInput: row.publishedInput ?? 0,
  }));
  return {
    drafts: reader.seesDrafts ? visible.filter((c) => c.phase === "draft") : [],
    current: visible.filter((c) => c.phase === "open" || c.phase === "upcoming"),
    past: visible.filter((c) => c.phase === "closed" || c.phase === "published"),
  };
}

async function findVisibleConsultation(slug: string, reader: Reader) {
  const [row] = await (await db()).select().from(consultations).where(eq(consultations.slug, slug)).limit(1);
  if (!row || (row.phase === "draft" && !reader.seesDrafts)) return null;
  return row;
}

/** The version a reader asked for: a published one by its label, else the current one (decision 033). */
const shownVersion = (label: string | null) =>
  label
    ? and(eq(documentVersions.label, label), eq(documentVersions.status, "published"))
    : eq(documentVersions.isCurrent, true);

async function findShownVersion(consultationId: string, label: string | null) {
  const [version] = await (await db())
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.consultationId, consultationId), shownVersion(label)))
    .limit(1);
  return version ?? null;
}

export type TableOfContentsEntry = {
  number: string;
  heading: Localized<string | null>;
  approvedInput: number;
};

export async function getConsultationOverview(
  slug: string,
  now: Date = new Date(),
  reader: Reader = visitor,
  label: string | null = null,
) {
  const row = await findVisibleConsultation(slug, reader);
  if (!row) return null;
  const version = await findShownVersion(row.id, label);
  if (label && !version) return null;
  const database = await db();
  const toc: TableOfContentsEntry[] = version
    ? (
        await database
          .select({
            number: sections.number,
            headingEn: sections.headingEn,
            headingId: sections.headingId,
            approvedInput: count(submissions.id),
          })
          .from(sections)
          .leftJoin(submissions, and(eq(submissions.sectionId, sections.id), eq(submissions.status, "approved")))
          .where(eq(sections.versionId, version.id))
          .groupBy(sections.id)
          .orderBy(asc(sections.position))
      ).map((s) => ({
        number: s.number,
        heading: { en: s.headingEn, id: s.headingId },
        approvedInput: s.approvedInput,
      }))
    : [];
  return {
    ...card(row, now),
    description: { en: renderMarkdown(row.descriptionEn), id: renderMarkdown(row.descriptionId) },
    version: version
      ? { label: version.label, isCurrent: version.isCurrent, title: { en: version.titleEn, id: version.titleId } }
      : null,
    versions: await publishedVersions(row.id),
    sections: toc,
  };
}

export type SectionLink = { number: string; heading: Localized<string | null> };

/** A neighbour's column, by the section's position in its version. */
const besides = (direction: "lag" | "lead", column: AnyPgColumn) =>
  sql<string | null>`${sql.raw(direction)}(${column}) over (order by ${sections.position})`;

export async function getSection(
  slug: string,
  number: string,
  now: Date = new Date(),
  reader: Reader = visitor,
  label: string | null = null,
) {
  const row = await findVisibleConsultation(slug, reader);
  if (!row) return null;
  const database = await db();
  // The shown version's sections with their neighbours beside them, in one read: the page is
  // the most visited one (decision 015).
  const ordered = database
    .select({
      label: documentVersions.label,
      isCurrent: documentVersions.isCurrent,
      basedOn: documentVersions.basedOnVersionId,
      id: sections.id,
      number: sections.number,
      headingEn: sections.headingEn,
      headingId: sections.headingId,
      bodyEn: sections.bodyEn,
      bodyId: sections.bodyId,
      previousNumber: besides("lag", sections.number).as("previous_number"),
      previousHeadingEn: besides("lag", sections.headingEn).as("previous_heading_en"),
      previousHeadingId: besides("lag", sections.headingId).as("previous_heading_id"),
      nextNumber: besides("lead", sections.number).as("next_number"),
      nextHeadingEn: besides("lead", sections.headingEn).as("next_heading_en"),
      nextHeadingId: besides("lead", sections.headingId).as("next_heading_id"),
    })
    .from(sections)
    .innerJoin(documentVersions, eq(documentVersions.id, sections.versionId))
    .where(and(eq(documentVersions.consultationId, row.id), shownVersion(label)))
    .as("ordered");
  const [[section], versions] = await Promise.all([
    database.select().from(ordered).where(eq(ordered.number, number)).limit(1),
    publishedVersions(row.id),
  ]);
  if (!section) return null;
  const link = (linked: string | null, en: string | null, id: string | null): SectionLink | null =>
    linked === null ? null : { number: linked, heading: { en, id } };
  return {
    consultation: card(row, now),
    inputFrozen: row.inputFrozen,
    version: { label: section.label, isCurrent: section.isCurrent, hasPrevious: section.basedOn !== null },
    versions,
    section: {
      id: section.id,
      number: section.number,
      heading: { en: section.headingEn, id: section.headingId },
      source: { en: section.bodyEn, id: section.bodyId },
      body: {
        en: section.bodyEn === null ? null : renderMarkdown(section.bodyEn),
        id: section.bodyId === null ? null : renderMarkdown(section.bodyId),
      },
    },
    previous: link(section.previousNumber, section.previousHeadingEn, section.previousHeadingId),
    next: link(section.nextNumber, section.nextHeadingEn, section.nextHeadingId),
  };
}
