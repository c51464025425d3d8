// The themes overview: per theme its approved input, what still waits to be tagged, and its summary.
import { sql } from "drizzle-orm";
import { db, queryRows } from "#db/client.server";
import { suggestThemes } from "~/themes/model";
import { currentThemeModel } from "~/themes/suggestions.server";
import { type Coverage, coverageOf } from "./coverage.server";
import { type ListedSummary, summaryStates, themesOf } from "./lists.server";
import type { SummaryState } from "./versions.server";
import { figuresFor, type ThemeFigures, themeFilter } from "./figures.server";

// Untagged input is judged by the theme model on the page (a few tenths of a millisecond each); past
// this many the count says "at least".
const SUGGESTION_SCAN_LIMIT = 1_000;

type SummaryOverview = { state: SummaryState; languages: string[] };

/** A summary narrowed to one section, listed under its theme with that section's figures. */
export type SectionSummaryOverview = {
  section: string;
  figures: ThemeFigures;
  summary: SummaryOverview;
  coverage: Coverage;
};

export type ThemeOverview = {
  key: string;
  label: { en: string; id: string };
  retired: boolean;
  figures: ThemeFigures;
  suggestedUntagged: number;
  summary: SummaryOverview;
  coverage: Coverage;
  sections: SectionSummaryOverview[];
};

export async function themesOverview(consultationId: string) {
  const [themes, summaries, suggested] = await Promise.all([
    themesOf(consultationId),
    summaryStates(consultationId),
    suggestedUntagged(consultationId),
  ]);
  const rows: ThemeOverview[] = await Promise.all(
    themes.map(async (theme) => {
      const ofTheme = summaries.filter((summary) => summary.themeId === theme.id);
      const own = ofTheme.find((summary) => summary.section === null);
      const [figures, coverage, sections] = await Promise.all([
        figuresFor(consultationId, themeFilter(theme.key)),
        coverageOf({ consultationId, themeId: theme.id, sectionId: null }, own?.texts ?? []),
        Promise.all(
          ofTheme.flatMap(({ section, ...summary }) =>
            section ? [sectionOverview(consultationId, theme, section, summary)] : [],
          ),
        ),
      ]);
      return {
        key: theme.key,
        label: { en: theme.labelEn, id: theme.labelId },
        retired: theme.retired,
        figures,
        suggestedUntagged: suggested.counts.get(theme.key) ?? 0,
        summary: { state: own?.state ?? "none", languages: own?.languages ?? [] },
        coverage,
        sections,
      };
    }),
  );
  return { themes: rows, suggestionsCapped: suggested.capped };
}

async function sectionOverview(
  consultationId: string,
  theme: { id: string; key: string },
  section: { id: string; number: string },
  summary: Omit<ListedSummary, "section">,
): Promise<SectionSummaryOverview> {
  const target = { consultationId, themeId: theme.id, sectionId: section.id };
  const [figures, coverage] = await Promise.all([
    figuresFor(consultationId, themeFilter(theme.key, section.number)),
    coverageOf(target, summary.texts),
  ]);
  return {
    section: section.number,
    figures,
    summary: { state: summary.state, languages: summary.languages },
    coverage,
  };
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
