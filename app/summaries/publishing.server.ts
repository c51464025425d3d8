// Publishing a summary's newest version, and the published versions readers see. Every publish
// goes into the audit log in the same transaction.
import { asc, eq, sql } from "drizzle-orm";
import { db, schema } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { effectivePhase } from "~/consultations/phase";
import { ok, type Result } from "~/result";
import type { Language } from "#db/schema/values";
import { citedReferences } from "./citations";
import { checkCitations } from "./coverage.server";
import { findSummary, type SummaryTarget } from "./versions.server";

const { themeSummaries, themeSummaryVersions, themes, sections } = schema;

export type PublishRefusal =
  | "summaries.notClosed"
  | "summaries.nothingToPublish"
  | "summaries.notNewest"
  | "summaries.missingLanguage"
  | "summaries.citationGone";

/**
 * Publishes the newest version, the one the member has in front of them: possible once the
 * consultation is closed, with text in both languages or the missing one marked "not translated".
 * Readers see it until another version is published.
 */
export async function publishSummary(
  publisherId: string,
  target: SummaryTarget,
  consultation: { phase: "draft" | "open" | "closed" | "published"; opensAt: Date; closesAt: Date },
  shownNumber: number,
  now = new Date(),
): Promise<Result<{ number: number }> | { ok: false; error: "summaries.missingLanguage"; field: Language }> {
  const phase = effectivePhase(consultation, now);
  if (phase !== "closed" && phase !== "published") return { ok: false, error: "summaries.notClosed" };
  return (await db()).transaction(async (tx) => {
    const stored = await findSummary(target, tx);
    const current = stored?.current;
    if (!stored || !current) return { ok: false, error: "summaries.nothingToPublish" } as const;
    if (current.number !== shownNumber) return { ok: false, error: "summaries.notNewest" } as const;
    if (!current.bodyEn.trim() && !current.enNotTranslated)
      return { ok: false, error: "summaries.missingLanguage", field: "en" } as const;
    if (!current.bodyId.trim() && !current.idNotTranslated)
      return { ok: false, error: "summaries.missingLanguage", field: "id" } as const;
    // A cited submission may have been rejected or made private since the save.
    const problems = await checkCitations(tx, target, citedReferences(current.bodyEn, current.bodyId));
    if (problems.length > 0) return { ok: false, error: "summaries.citationGone" } as const;
    await tx
      .update(themeSummaries)
      .set({
        publishedVersionId: sql`(select id from ${themeSummaryVersions} where summary_id = ${stored.id} and number = ${current.number})`,
        publishedAt: now,
        publishedBy: publisherId,
      })
      .where(eq(themeSummaries.id, stored.id));
    await recordAudit(tx, {
      actorId: publisherId,
      action: "summary.publish",
      subjectType: "theme_summary",
      subjectId: stored.id,
      details: { version: current.number },
    });
    return ok({ number: current.number });
  });
}

/**
 * Published versions of a consultation's summaries, each theme's own and those narrowed to one of
 * its sections, in theme order and then the document's order: what readers see.
 */
export async function publishedSummaries(consultationId: string) {
  return (await db())
    .select({
      themeKey: themes.key,
      labelEn: themes.labelEn,
      labelId: themes.labelId,
      section: sections.number,
      bodyEn: themeSummaryVersions.bodyEn,
      bodyId: themeSummaryVersions.bodyId,
      enNotTranslated: themeSummaryVersions.enNotTranslated,
      idNotTranslated: themeSummaryVersions.idNotTranslated,
      publishedAt: themeSummaries.publishedAt,
    })
    .from(themeSummaries)
    .innerJoin(themes, eq(themes.id, themeSummaries.themeId))
    .innerJoin(themeSummaryVersions, eq(themeSummaryVersions.id, themeSummaries.publishedVersionId))
    .leftJoin(sections, eq(sections.id, themeSummaries.sectionId))
    .where(eq(themeSummaries.consultationId, consultationId))
    .orderBy(asc(themes.position), sql`${sections.position} nulls first`);
}
