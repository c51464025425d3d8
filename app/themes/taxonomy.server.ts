import { and, asc, count, desc, eq, gt, lt, max, sql } from "drizzle-orm";
import { db, onlyRow, queryRows, schema, type Transaction } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import type { ThemeTexts } from "./taxonomy";

// The secretariat's theme taxonomy (issue 15, item 3; decision 038). Every change is one
// transaction with its audit event. The theme model needs no call here: any change to a theme or
// a tag moves theme_model_versions, which asks the background trainer for a new model (0009, 0021).

const { consultations, submissionThemes, themes, themeSummaries } = schema;
type Admin = { id: string };

/** A consultation (in any phase) as the taxonomy page names it; null when there is none. */
export async function consultationForTaxonomy(slug: string) {
  const [consultation] = await (await db())
    .select({
      id: consultations.id,
      slug: consultations.slug,
      titleEn: consultations.titleEn,
      titleId: consultations.titleId,
    })
    .from(consultations)
    .where(eq(consultations.slug, slug))
    .limit(1);
  return consultation ?? null;
}

/** Every theme of the consultation in order, retired ones included, with how much input and how many summaries each has. */
export async function taxonomyOf(consultationId: string) {
  const rows = await queryRows<{
    id: string;
    key: string;
    labelEn: string;
    labelId: string;
    descriptionEn: string;
    descriptionId: string;
    keywordsEn: string[];
    keywordsId: string[];
    retiredAt: string | null;
    mergedInto: string | null;
    tagged: number;
    summaries: number;
  }>(
    await db(),
    sql`select t.id, t.key, t.label_en as "labelEn", t.label_id as "labelId", t.description_en as "descriptionEn",
          t.description_id as "descriptionId", t.keywords_en as "keywordsEn", t.keywords_id as "keywordsId",
          t.retired_at::text as "retiredAt", m.key as "mergedInto",
          (select count(*)::int from ${submissionThemes} st where st.theme_id = t.id) as tagged,
          (select count(*)::int from ${themeSummaries} s where s.theme_id = t.id) as summaries
        from ${themes} t left join ${themes} m on m.id = t.merged_into_id
        where t.consultation_id = ${consultationId}
        order by t.position, t.key`,
  );
  return rows;
}
export type TaxonomyTheme = Awaited<ReturnType<typeof taxonomyOf>>[number];

type Change<T> = { subjectId: string; details: Record<string, unknown>; value: T };

/** The skeleton of every change: in one transaction, the change and its audit event. */
async function changeTaxonomy<T>(
  admin: Admin,
  action: string,
  change: (tx: Transaction) => Promise<Result<Change<T>>>,
): Promise<Result<T>> {
  return (await db()).transaction(async (tx) => {
    const changed = await change(tx);
    if (!changed.ok) return changed;
    await recordAudit(tx, {
      actorId: admin.id,
      action,
      subjectType: "theme",
      subjectId: changed.value.subjectId,
      details: changed.value.details,
    });
    return ok(changed.value.value);
  });
}

/** The theme, locked for the change, when it is one of this consultation's. */
async function lockedTheme(tx: Transaction, consultationId: string, themeId: string) {
  const [row] = await tx
    .select()
    .from(themes)
    .where(and(eq(themes.consultationId, consultationId), eq(themes.id, themeId)))
    .for("update");
  return row ?? null;
}

const columnsOf = (texts: ThemeTexts) => ({
  labelEn: texts.labelEn,
  labelId: texts.labelId,
  descriptionEn: texts.descriptionEn,
  descriptionId: texts.descriptionId,
  keywordsEn: texts.keywordsEn,
  keywordsId: texts.keywordsId,
});

export function createTheme(admin: Admin, consultationId: string, key: string, texts: ThemeTexts) {
  return changeTaxonomy(admin, "theme.created", async (tx) => {
    const [taken] = await tx
      .select({ id: themes.id })
      .from(themes)
      .where(and(eq(themes.consultationId, consultationId), eq(themes.key, key)));
    if (taken) return refuse("taxonomy:errors.keyTaken", "key");
    const [last] = await tx
      .select({ position: max(themes.position) })
      .from(themes)
      .where(eq(themes.consultationId, consultationId));
    const created = onlyRow(
      await tx
        .insert(themes)
        .values({ consultationId, key, position: (last?.position ?? -1) + 1, ...columnsOf(texts) })
        .returning({ id: themes.id }),
    );
    return ok({ subjectId: created.id, details: { consultationId, key }, value: created.id });
  });
}

export function editTheme(admin: Admin, consultationId: string, themeId: string, texts: ThemeTexts) {
  return changeTaxonomy(admin, "theme.edited", async (tx) => {
    const theme = await lockedTheme(tx, consultationId, themeId);
    if (!theme) return refuse("taxonomy:errors.unknownTheme");
    const after = columnsOf(texts);
    // The log says what changed, each field before and after.
    const changed = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[])
        .filter((field) => JSON.stringify(theme[field]) !== JSON.stringify(after[field]))
        .map((field) => [field, { from: theme[field], to: after[field] }]),
    );
    await tx.update(themes).set(after).where(eq(themes.id, themeId));
    return ok({ subjectId: themeId, details: { consultationId, key: theme.key, changed }, value: undefined });
  });
}

/** Swaps a theme with its neighbour above or below; at the top or bottom nothing moves. */
export function moveTheme(admin: Admin, consultationId: string, themeId: string, direction: "up" | "down") {
  return changeTaxonomy(admin, "theme.moved", async (tx) => {
    const theme = await lockedTheme(tx, consultationId, themeId);
    if (!theme) return refuse("taxonomy:errors.unknownTheme");
    const [neighbour] = await tx
      .select({ id: themes.id, position: themes.position })
      .from(themes)
      .where(
        and(
          eq(themes.consultationId, consultationId),
          direction === "up" ? lt(themes.position, theme.position) : gt(themes.position, theme.position),
        ),
      )
      .orderBy(direction === "up" ? desc(themes.position) : asc(themes.position))
      .limit(1)
      .for("update");
    if (!neighbour) return refuse("taxonomy:errors.cannotMove");
    await tx.update(themes).set({ position: neighbour.position }).where(eq(themes.id, theme.id));
    await tx.update(themes).set({ position: theme.position }).where(eq(themes.id, neighbour.id));
    return ok({ subjectId: themeId, details: { consultationId, key: theme.key, direction }, value: undefined });
  });
}

/** Retires a theme (offered for no tagging or suggestion, kept with its tags), or brings a retired one back. */
export function setThemeRetired(admin: Admin, consultationId: string, themeId: string, retired: boolean) {
  return changeTaxonomy(admin, retired ? "theme.retired" : "theme.restored", async (tx) => {
    const theme = await lockedTheme(tx, consultationId, themeId);
    if (!theme) return refuse("taxonomy:errors.unknownTheme");
    if (retired && theme.retiredAt) return refuse("taxonomy:errors.alreadyRetired");
    if (!retired && !theme.retiredAt) return refuse("taxonomy:errors.notRetired");
    // A merged theme gave its tags away: bringing it back would bring back an empty theme by surprise.
    if (!retired && theme.mergedIntoId) return refuse("taxonomy:errors.mergedCannotReturn");
    await tx
      .update(themes)
      .set({ retiredAt: retired ? sql`now()` : null })
      .where(eq(themes.id, themeId));
    return ok({ subjectId: themeId, details: { consultationId, key: theme.key }, value: undefined });
  });
}

/**
 * Merges theme `fromId` into `intoId` of the same consultation: every tag moves, keeping who
 * tagged it, when, and whether it was an accepted suggestion (with its confidence); a submission
 * that had both keeps its tag of the surviving theme. The merged theme is retired and names the
 * survivor; its summaries stay with it as they were (decision 038).
 */
export function mergeThemes(admin: Admin, consultationId: string, fromId: string, intoId: string) {
  return changeTaxonomy(admin, "theme.merged", async (tx) => {
    if (fromId === intoId) return refuse("taxonomy:errors.mergeIntoItself", "intoThemeId");
    // Locked in one order whichever way round the merge goes, so two merges cannot deadlock.
    const [first = fromId, second = intoId] = [fromId, intoId].sort();
    const firstRow = await lockedTheme(tx, consultationId, first);
    const secondRow = await lockedTheme(tx, consultationId, second);
    const [from, into] = first === fromId ? [firstRow, secondRow] : [secondRow, firstRow];
    if (!from) return refuse("taxonomy:errors.unknownTheme");
    if (!into) return refuse("taxonomy:errors.mergeOtherConsultation", "intoThemeId");
    if (from.mergedIntoId) return refuse("taxonomy:errors.alreadyMerged");
    if (into.retiredAt) return refuse("taxonomy:errors.mergeIntoRetired", "intoThemeId");
    const moved = await queryRows<{ submission_id: string }>(
      tx,
      sql`insert into ${submissionThemes} (submission_id, theme_id, source, confidence, added_by, added_at)
          select submission_id, ${intoId}, source, confidence, added_by, added_at
          from ${submissionThemes} where theme_id = ${fromId}
          on conflict do nothing
          returning submission_id`,
    );
    const removed = await tx
      .delete(submissionThemes)
      .where(eq(submissionThemes.themeId, fromId))
      .returning({ id: submissionThemes.submissionId });
    const [summaries] = await tx
      .select({ count: count() })
      .from(themeSummaries)
      .where(eq(themeSummaries.themeId, fromId));
    await tx
      .update(themes)
      .set({ retiredAt: from.retiredAt ?? sql`now()`, mergedIntoId: intoId })
      .where(eq(themes.id, fromId));
    const details = {
      consultationId,
      key: from.key,
      into: into.key,
      intoThemeId: intoId,
      moved: moved.length,
      alreadyTagged: removed.length - moved.length,
      summariesKept: summaries?.count ?? 0,
    };
    return ok({ subjectId: fromId, details, value: details });
  });
}
