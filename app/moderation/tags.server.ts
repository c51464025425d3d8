import { and, eq, sql } from "drizzle-orm";
import { db, isAnyOf, queryRows, schema } from "#db/client.server";
import { ok, type Result, refuse } from "~/result";
import { type ActionOutcome, changeReviewable, inConsultation, type Moderator } from "./changes.server";

const { submissions, themes, submissionThemes } = schema;

export type ThemeChange = { add: true; source: "manual" | "suggested"; confidence?: number } | { add: false };

/** What the "add theme" and "remove theme" buttons ask for: a theme set by hand. */
export function byHand(intent: "tag" | "untag"): ThemeChange {
  return intent === "tag" ? { add: true, source: "manual" } : { add: false };
}

/** Adds or removes one theme of the submission's own consultation, on one or many submissions. */
export async function setTheme(
  moderator: Moderator,
  consultationId: string,
  ids: string[],
  themeKey: string,
  change: ThemeChange,
): Promise<Result<ActionOutcome>> {
  return (await db()).transaction(async (tx) => {
    const [theme] = await tx
      .select({ id: themes.id, retiredAt: themes.retiredAt })
      .from(themes)
      .where(and(eq(themes.consultationId, consultationId), eq(themes.key, themeKey)))
      .limit(1);
    if (!theme) return refuse("review.themeUnknown");
    // A retired theme keeps the tags it has; it takes no new ones (its tags can still be removed).
    if (change.add && theme.retiredAt) return refuse("taxonomy:errors.retiredForTagging");
    const rows = await tx.select({ id: submissions.id }).from(submissions).where(inConsultation(consultationId, ids));
    const outcome = await changeReviewable(tx, moderator, ids, rows, async (reviewable) => {
      const reviewableIds = reviewable.map((row) => row.id);
      // Only the rows really inserted or deleted are changes: the others already were as asked.
      const affected = change.add
        ? await queryRows<{ id: string }>(
            tx,
            sql`insert into ${submissionThemes} (submission_id, theme_id, source, confidence, added_by)
                select submission_id, ${theme.id}, ${change.source}, ${change.confidence ?? null}, ${moderator.id}
                from unnest(${sql.param(reviewableIds)}::uuid[]) as submission_id
                on conflict do nothing
                returning submission_id as id`,
          )
        : await tx
            .delete(submissionThemes)
            .where(and(isAnyOf(submissionThemes.submissionId, reviewableIds), eq(submissionThemes.themeId, theme.id)))
            .returning({ id: submissionThemes.submissionId });
      return affected.map((row) => ({
        id: row.id,
        action: change.add ? "submission.tagged" : "submission.untagged",
        details: {
          theme: themeKey,
          ...(change.add ? { source: change.source, confidence: change.confidence ?? null } : {}),
        },
      }));
    });
    return ok(outcome);
  });
}
