// A summary's versions: reading them, and saving a new one with citation checks and conflict
// detection. Every save goes into the audit log in the same transaction.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor, schema } from "#db/client.server";
import type { Language } from "#db/schema/values";
import { recordAudit } from "~/audit/audit.server";
import { citedReferences } from "./citations";
import { type CitationProblem, checkCitations } from "./coverage.server";
import type { SummaryForm } from "./schema";

const { themeSummaries, themeSummaryVersions, users } = schema;

/** Which summary: a theme's, or a theme's on one section. */
export type SummaryTarget = { consultationId: string; themeId: string; sectionId: string | null };

export type SummaryVersion = {
  number: number;
  bodyEn: string;
  bodyId: string;
  enNotTranslated: boolean;
  idNotTranslated: boolean;
  authorName: string;
  createdAt: Date;
};

/** "publishedWithDraft": readers see a published version, and a newer one is saved but not yet published. */
export type SummaryState = "none" | "draft" | "published" | "publishedWithDraft";

export type StoredSummary = {
  id: string;
  current: SummaryVersion | null;
  publishedNumber: number | null;
  publishedAt: Date | null;
  state: SummaryState;
};

const sectionIs = (sectionId: string | null) =>
  sectionId === null ? isNull(themeSummaries.sectionId) : eq(themeSummaries.sectionId, sectionId);

const versionColumns = {
  number: themeSummaryVersions.number,
  bodyEn: themeSummaryVersions.bodyEn,
  bodyId: themeSummaryVersions.bodyId,
  enNotTranslated: themeSummaryVersions.enNotTranslated,
  idNotTranslated: themeSummaryVersions.idNotTranslated,
  authorName: users.name,
  createdAt: themeSummaryVersions.createdAt,
};

export function stateOf(current: number | null, published: number | null): SummaryState {
  if (current === null) return "none";
  if (published === null) return "draft";
  return published === current ? "published" : "publishedWithDraft";
}

/** The languages a version has text in. */
export function languagesOf(version: Pick<SummaryVersion, "bodyEn" | "bodyId"> | null): Language[] {
  if (!version) return [];
  return (["en", "id"] as const).filter((language) => (language === "en" ? version.bodyEn : version.bodyId).trim());
}

export async function findSummary(target: SummaryTarget, executor?: Executor): Promise<StoredSummary | null> {
  const database = executor ?? (await db());
  const [row] = await database
    .select({
      id: themeSummaries.id,
      publishedAt: themeSummaries.publishedAt,
      published: sql<
        number | null
      >`(select number from ${themeSummaryVersions} where id = ${themeSummaries.publishedVersionId})`,
      current: themeSummaries.currentVersionId,
    })
    .from(themeSummaries)
    .where(and(eq(themeSummaries.themeId, target.themeId), sectionIs(target.sectionId)));
  if (!row) return null;
  const [current] = row.current
    ? await database
        .select(versionColumns)
        .from(themeSummaryVersions)
        .innerJoin(users, eq(users.id, themeSummaryVersions.authorId))
        .where(eq(themeSummaryVersions.id, row.current))
    : [];
  return {
    id: row.id,
    current: current ?? null,
    publishedNumber: row.published,
    publishedAt: row.publishedAt,
    state: stateOf(current?.number ?? null, row.published),
  };
}

export async function versionsOf(summaryId: string): Promise<SummaryVersion[]> {
  return (await db())
    .select(versionColumns)
    .from(themeSummaryVersions)
    .innerJoin(users, eq(users.id, themeSummaryVersions.authorId))
    .where(eq(themeSummaryVersions.summaryId, summaryId))
    .orderBy(desc(themeSummaryVersions.number));
}

export type SaveOutcome =
  | { saved: true; number: number }
  | { saved: false; citations: Record<Language, CitationProblem[]> }
  | { saved: false; conflict: SummaryVersion };

/**
 * Saves a new version. One started from a version that is no longer the newest is not saved: the
 * author gets the other version to compare with, and keeps their own text (nothing is lost).
 */
export async function saveSummary(
  authorId: string,
  target: SummaryTarget,
  form: SummaryForm,
  now = new Date(),
): Promise<SaveOutcome> {
  return (await db()).transaction(async (tx) => {
    const citations = {
      en: await checkCitations(tx, target, citedReferences(form.bodyEn)),
      id: await checkCitations(tx, target, citedReferences(form.bodyId)),
    };
    if (citations.en.length > 0 || citations.id.length > 0) return { saved: false, citations };
    await tx
      .insert(themeSummaries)
      .values({ consultationId: target.consultationId, themeId: target.themeId, sectionId: target.sectionId })
      .onConflictDoNothing();
    // Locked until the transaction ends: two saves of one summary take turns.
    const [summary] = await tx
      .select({ id: themeSummaries.id })
      .from(themeSummaries)
      .where(and(eq(themeSummaries.themeId, target.themeId), sectionIs(target.sectionId)))
      .for("update");
    if (!summary) throw new Error("the summary row was not made");
    const stored = await findSummary(target, tx);
    const newest = stored?.current?.number ?? 0;
    if (newest !== form.baseNumber && stored?.current) return { saved: false, conflict: stored.current };
    const [version] = await tx
      .insert(themeSummaryVersions)
      .values({
        summaryId: summary.id,
        number: newest + 1,
        bodyEn: form.bodyEn,
        bodyId: form.bodyId,
        enNotTranslated: form.enNotTranslated,
        idNotTranslated: form.idNotTranslated,
        authorId,
        baseNumber: form.baseNumber === 0 ? null : form.baseNumber,
        createdAt: now,
      })
      .returning({ id: themeSummaryVersions.id, number: themeSummaryVersions.number });
    if (!version) throw new Error("the version was not saved");
    await tx.update(themeSummaries).set({ currentVersionId: version.id }).where(eq(themeSummaries.id, summary.id));
    await recordAudit(tx, {
      actorId: authorId,
      action: "summary.save",
      subjectType: "theme_summary",
      subjectId: summary.id,
      details: { version: version.number, cites: citedReferences(form.bodyEn, form.bodyId) },
    });
    return { saved: true, number: version.number };
  });
}
