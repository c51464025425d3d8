import { and, count, desc, eq, isNotNull, ne, sql } from "drizzle-orm";
import { db, preparedPerPool, schema } from "#db/client.server";
import { highlightPassages } from "~/consultations/highlight.server";
import { effectivePhase } from "~/consultations/phase";
import type { Localized } from "~/i18n/config";
import { replacedText, wordDiff } from "./word-diff";

const { submissions, organisations, users, consultations, documentVersions, sections, sectionInputVersions } = schema;

/** Published input shown per page of a section: a section with a thousand responses must stay quick to read. */
export const INPUT_PAGE_SIZE = 20;

export type PublishedInput = {
  reference: string;
  kind: string;
  stance: string;
  body: string;
  quotedPassage: string | null;
  proposedText: string | null;
  language: string;
  createdAt: Date;
  /** Shown only with public_named consent. */
  authorName: string | null;
  organisationName: string | null;
  /** Shown with public_named and public_anonymous consent. */
  organisationType: string | null;
  country: string | null;
  individualExpert: boolean;
};

const approvedOn = (sectionId: string) => and(eq(submissions.sectionId, sectionId), eq(submissions.status, "approved"));
const shownOn = (sectionId: string) => and(approvedOn(sectionId), ne(submissions.consent, "private"));

/** Counts over all approved input on the section, however many pages it takes: per stance, and how much is private. */
async function approvedCounts(sectionId: string) {
  const rows = await (await db())
    .select({ stance: submissions.stance, consent: submissions.consent, count: count() })
    .from(submissions)
    .where(approvedOn(sectionId))
    .groupBy(submissions.stance, submissions.consent);
  const stanceCounts: Record<string, number> = { support: 0, support_with_changes: 0, oppose: 0, neutral: 0 };
  let total = 0;
  let privateCount = 0;
  for (const row of rows) {
    total += row.count;
    if (row.consent === "private") privateCount += row.count;
    stanceCounts[row.stance] = (stanceCounts[row.stance] ?? 0) + row.count;
  }
  return { total, privateCount, stanceCounts };
}

/**
 * Approved input on a section as its authors allowed: named, anonymous (organisation type and
 * country only) or not at all, newest first, one page at a time. Private input is counted, never shown.
 */
export async function publishedInputForSection(sectionId: string, page = 1) {
  const database = await db();
  const [counts, rows] = await Promise.all([
    approvedCounts(sectionId),
    database
      .select({
        reference: submissions.reference,
        kind: submissions.kind,
        stance: submissions.stance,
        body: submissions.body,
        quotedPassage: submissions.quotedPassage,
        proposedText: submissions.proposedText,
        language: submissions.language,
        consent: submissions.consent,
        createdAt: submissions.createdAt,
        authorName: users.name,
        organisationName: organisations.name,
        organisationType: organisations.type,
        country: organisations.country,
      })
      .from(submissions)
      .innerJoin(users, eq(users.id, submissions.authorId))
      .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
      .where(shownOn(sectionId))
      .orderBy(desc(submissions.createdAt), desc(submissions.id))
      .limit(INPUT_PAGE_SIZE)
      .offset((page - 1) * INPUT_PAGE_SIZE),
  ]);
  const items: PublishedInput[] = rows.map((row) => {
    const named = row.consent === "public_named";
    return {
      reference: row.reference,
      kind: row.kind,
      stance: row.stance,
      body: row.body,
      quotedPassage: row.quotedPassage,
      proposedText: row.proposedText,
      language: row.language,
      createdAt: row.createdAt,
      authorName: named ? row.authorName : null,
      organisationName: named ? row.organisationName : null,
      organisationType: row.organisationType,
      country: row.country,
      individualExpert: row.organisationType === null,
    };
  });
  const shown = counts.total - counts.privateCount;
  return { ...counts, page, pageCount: Math.max(1, Math.ceil(shown / INPUT_PAGE_SIZE)), items };
}

/** How often each passage was quoted in the input shown on the section, on every page. */
async function quotedPassages(sectionId: string) {
  const rows = await (await db())
    .select({ text: submissions.quotedPassage, count: count() })
    .from(submissions)
    .where(and(shownOn(sectionId), isNotNull(submissions.quotedPassage)))
    .groupBy(submissions.quotedPassage);
  // Grouped by the stored text; passages that differ only in surrounding spaces are one passage.
  const counts = new Map<string, number>();
  for (const row of rows) {
    const text = row.text?.trim();
    if (text) counts.set(text, (counts.get(text) ?? 0) + row.count);
  }
  return [...counts].map(([text, count]) => ({ text, count }));
}

type Bodies = Localized<string | null>;

/**
 * What a section page shows of the input on it: one page of approved input as consent allows,
 * counts per stance over all of it, each amendment as a word diff, and the quoted passages marked
 * in the section's text.
 */
export async function sectionInput(
  section: { id: string; source: Bodies; html: Bodies },
  page: number,
  passageLabel: (count: number) => string,
) {
  const [published, passages] = await Promise.all([
    publishedInputForSection(section.id, page),
    quotedPassages(section.id),
  ]);
  const items = published.items.map((item) => ({
    ...item,
    createdAt: item.createdAt.toISOString(),
    diff:
      item.kind === "amendment" && item.proposedText
        ? wordDiff(replacedText(item.quotedPassage, section.source, item.language), item.proposedText)
        : null,
  }));
  const mark = (html: string | null) =>
    html === null ? { html: null, unplaced: passages } : highlightPassages(html, passages, passageLabel);
  const en = mark(section.html.en);
  const id = mark(section.html.id);
  return {
    total: published.total,
    privateCount: published.privateCount,
    stanceCounts: published.stanceCounts,
    page: published.page,
    pageSize: INPUT_PAGE_SIZE,
    pageCount: published.pageCount,
    items,
    html: { en: en.html, id: id.html },
    passages,
  };
}

/**
 * Everything a visitor's section page is made of that can change, in one indexed read: the
 * section of the current version (a new version has new sections), the version of its published
 * input (bumped by triggers with every decision: migration 0015) and the consultation's phase by
 * the clock. Null for what is no section page to keep: an unknown or draft consultation or
 * section. The texts of a consultation and of a version's sections never change in place.
 */
export async function sectionPageVersion(slug: string, number: string, now = new Date()): Promise<string | null> {
  const [row] = await (await sectionPageVersionQuery()).execute({ slug, number });
  if (!row || row.phase === "draft") return null;
  // Pausing input (decision 033) changes what the page offers, so it is part of the version too.
  return `${row.sectionId}:${row.inputVersion ?? 0}:${effectivePhase(row, now)}:${row.inputFrozen}`;
}

const sectionPageVersionQuery = preparedPerPool((database) =>
  database
    .select({
      phase: consultations.phase,
      opensAt: consultations.opensAt,
      closesAt: consultations.closesAt,
      inputFrozen: consultations.inputFrozen,
      sectionId: sections.id,
      inputVersion: sectionInputVersions.version,
    })
    .from(consultations)
    .innerJoin(
      documentVersions,
      and(eq(documentVersions.consultationId, consultations.id), eq(documentVersions.isCurrent, true)),
    )
    .innerJoin(
      sections,
      and(eq(sections.versionId, documentVersions.id), eq(sections.number, sql.placeholder("number"))),
    )
    .leftJoin(sectionInputVersions, eq(sectionInputVersions.sectionId, sections.id))
    .where(eq(consultations.slug, sql.placeholder("slug")))
    .limit(1)
    .prepare("section_page_version"),
);
