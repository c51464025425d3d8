import { and, asc, count, desc, eq, gt, lt } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { renderMarkdown } from "./markdown.server";
import { effectivePhase, type Phase } from "./phase";

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

/** Consultations a visitor may see (drafts stay with the secretariat), split into current and past. */
export async function listPublicConsultations(now: Date = new Date()) {
  const rows = await (await db()).select().from(consultations).orderBy(desc(consultations.closesAt));
  const visible = rows.map((row) => card(row, now)).filter((c) => c.phase !== "draft");
  return {
    current: visible.filter((c) => c.phase === "open" || c.phase === "upcoming"),
    past: visible.filter((c) => c.phase === "closed" || c.phase === "published"),
  };
}

async function findVisibleConsultation(slug: string) {
  const [row] = await (await db()).select().from(consultations).where(eq(consultations.slug, slug)).limit(1);
  if (!row || row.phase === "draft") return null;
  return row;
}

async function currentVersion(consultationId: string) {
  const [version] = await (await db())
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.consultationId, consultationId), eq(documentVersions.isCurrent, true)))
    .limit(1);
  return version ?? null;
}

export type TableOfContentsEntry = {
  number: string;
  heading: Localized<string | null>;
  approvedInput: number;
};

export async function getConsultationOverview(slug: string, now: Date = new Date()) {
  const row = await findVisibleConsultation(slug);
  if (!row) return null;
  const version = await currentVersion(row.id);
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
    version: version ? { label: version.label, title: { en: version.titleEn, id: version.titleId } } : null,
    sections: toc,
  };
}

export type SectionLink = { number: string; heading: Localized<string | null> };

export async function getSection(slug: string, number: string, now: Date = new Date()) {
  const row = await findVisibleConsultation(slug);
  if (!row) return null;
  const version = await currentVersion(row.id);
  if (!version) return null;
  const database = await db();
  const [section] = await database
    .select()
    .from(sections)
    .where(and(eq(sections.versionId, version.id), eq(sections.number, number)))
    .limit(1);
  if (!section) return null;
  const neighbour = async (direction: "previous" | "next"): Promise<SectionLink | null> => {
    const [found] = await database
      .select({ number: sections.number, headingEn: sections.headingEn, headingId: sections.headingId })
      .from(sections)
      .where(
        and(
          eq(sections.versionId, version.id),
          direction === "previous" ? lt(sections.position, section.position) : gt(sections.position, section.position),
        ),
      )
      .orderBy(direction === "previous" ? desc(sections.position) : asc(sections.position))
      .limit(1);
    return found ? { number: found.number, heading: { en: found.headingEn, id: found.headingId } } : null;
  };
  const [previous, next] = await Promise.all([neighbour("previous"), neighbour("next")]);
  return {
    consultation: card(row, now),
    versionLabel: version.label,
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
    previous,
    next,
  };
}
