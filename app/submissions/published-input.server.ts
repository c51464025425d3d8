import { and, asc, eq } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { highlightPassages } from "~/consultations/highlight.server";
import type { Localized } from "~/i18n/config";
import { replacedText, wordDiff } from "./word-diff";

const { submissions, organisations, users } = schema;

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

/**
 * Approved input on a section as its authors allowed: named, anonymous (organisation type and
 * country only) or not at all. Private input is counted, never shown.
 */
export async function publishedInputForSection(sectionId: string) {
  const database = await db();
  const rows = await database
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
    .where(and(eq(submissions.sectionId, sectionId), eq(submissions.status, "approved")))
    .orderBy(asc(submissions.createdAt));
  const stanceCounts: Record<string, number> = { support: 0, support_with_changes: 0, oppose: 0, neutral: 0 };
  for (const row of rows) stanceCounts[row.stance] = (stanceCounts[row.stance] ?? 0) + 1;
  const visible: PublishedInput[] = rows
    .filter((row) => row.consent !== "private")
    .map((row) => {
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
  return { total: rows.length, privateCount: rows.length - visible.length, stanceCounts, items: visible };
}

type Bodies = Localized<string | null>;

/**
 * What a section page shows of the input on it: approved input as consent allows, counts per
 * stance, each amendment as a word diff, and the quoted passages marked in the section's text.
 */
export async function sectionInput(
  section: { id: string; source: Bodies; html: Bodies },
  passageLabel: (count: number) => string,
) {
  const published = await publishedInputForSection(section.id);
  const items = published.items.map((item) => ({
    ...item,
    createdAt: item.createdAt.toISOString(),
    diff:
      item.kind === "amendment" && item.proposedText
        ? wordDiff(replacedText(item.quotedPassage, section.source, item.language), item.proposedText)
        : null,
  }));
  const passageCounts = new Map<string, number>();
  for (const item of items) {
    const text = item.quotedPassage?.trim();
    if (text) passageCounts.set(text, (passageCounts.get(text) ?? 0) + 1);
  }
  const passages = [...passageCounts].map(([text, count]) => ({ text, count }));
  const mark = (html: string | null) =>
    html === null ? { html: null, unplaced: passages } : highlightPassages(html, passages, passageLabel);
  const en = mark(section.html.en);
  const id = mark(section.html.id);
  return {
    total: published.total,
    privateCount: published.privateCount,
    stanceCounts: published.stanceCounts,
    items,
    html: { en: en.html, id: id.html },
    passages,
  };
}
