// The themes overview: per theme its approved input, what still waits to be tagged, and its summary.
import { sql } from "drizzle-orm";
import { db, queryRows } from "#db/client.server";
import { suggestThemes } from "~/themes/model";
import { currentThemeModel } from "~/themes/suggestions.server";
import { type Coverage, coverageOf } from "./coverage.server";
import { themeSummaryStates, themesOf } from "./lists.server";
import type { SummaryState } from "./versions.server";
import { figuresFor, type ThemeFigures, themeFilter } from "./figures.server";

// Untagged input is judged by the theme model on the page (a few tenths of a millisecond each); past
// this many the count says "at least".
const SUGGESTION_SCAN_LIMIT = 1_000;

export type ThemeOverview = {
  key: string;
  label: { en: string; id: string };
  figures: ThemeFigures;
  suggestedUntagged: number;
  summary: { state: SummaryState; languages: string[] };
  coverage: Coverage;
};

export async function themesOverview(consultationId: string) {
  const [themes, summaries, suggested] = await Promise.all([
    themesOf(consultationId),
    themeSummaryStates(consultationId),
    suggestedUntagged(consultationId),
  ]);
  const rows: ThemeOverview[] = await Promise.all(
    themes.map(async (theme) => {
      const summary = summaries.get(theme.id);
      const [figures, coverage] = await Promise.all([
        figuresFor(consultationId, themeFilter(theme.key)),
        coverageOf({ consultationId, themeId: theme.id, sectionId: null }, summary?.texts ?? []),
      ]);
      return {
        key: theme.key,
        label: { en: theme.labelEn, id: theme.labelId },
        figures,
        suggestedUntagged: suggested.counts.get(theme.key) ?? 0,
        summary: { state: summary?.state ?? "none", languages: summary?.languages ?? [] },
        coverage,
      };
    }),
  );
  return { themes: rows, suggestionsCapped: suggested.capped };
}

/** Approved input with no theme yet, counted per theme the suggestion model offers for it (not one dismissed). */
async function suggestedUntagged(consultationId: string) {
  const database = await db();
  const [held, rows] = await Promise.all([
    currentThemeModel(consultationId),
    queryRows<{ text: string; language: "en" | "id" | "other"; dismissed: string[] }>(
      database,
      sql`select concat_ws(' ', s.body, s.proposed_text) as text, s.language,
            array(select theme_id::text from dismissed_suggestions d where d.submission_id = s.id) as dismissed
          from submissions s
          where s.consultation_id = ${consultationId} and s.status = 'approved'
            and not exists (select 1 from submission_themes t where t.submission_id = s.id)
          order by s.id limit ${SUGGESTION_SCAN_LIMIT + 1}`,
    ),
  ]);
  const idOf = new Map(held.themes.map((theme) => [theme.key, theme.id]));
  const counts = new Map<string, number>();
  for (const row of rows.slice(0, SUGGESTION_SCAN_LIMIT))
    for (const suggestion of suggestThemes(held.model, row.text, row.language, { explain: false }).suggestions) {
      const themeId = idOf.get(suggestion.key);
      if (themeId && !row.dismissed.includes(themeId))
        counts.set(suggestion.key, (counts.get(suggestion.key) ?? 0) + 1);
    }
  return { counts, capped: rows.length > SUGGESTION_SCAN_LIMIT };
}
