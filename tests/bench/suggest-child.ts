// Run by the "suggest" scenario (suggest.js) with node_modules/.bin/tsx, with DATABASE_URL or
// DATA_DIR set to the bench database: times the background trainer's retraining of one
// consultation's model (retrain_s, from its tagged submissions), the app's own
// suggestForConsultation with that model (total_s), and training on 200,000 tagged submissions
// (train_s: the consultation's texts, each taken as often as needed, with their themes, or none),
// and prints one line of JSON with the figures.
//   tsx tests/bench/suggest-child.ts <consultation id>
import { sql } from "drizzle-orm";
import { database, queryRows } from "#db/client.server";
import { trainThemeModel } from "~/themes/model";
import { retrainThemeModel, suggestForConsultation } from "~/themes/suggestions.server";

const TRAINED_ON = 200_000;

const consultationId = process.argv[2];
if (!consultationId) {
  console.error("usage: tsx tests/bench/suggest-child.ts <consultation id>");
  process.exit(2);
}

// Connecting is not part of the time.
const handle = await database();
let submissions = 0;
let suggestions = 0;
let withSuggestion = 0;
let pages = 0;
let firstPageMs: number | null = null;
const byTheme: Record<string, number> = {};
const retrained = await retrainThemeModel(consultationId);
const started = performance.now();
await suggestForConsultation(consultationId, (page) => {
  firstPageMs ??= performance.now() - started;
  pages++;
  for (const row of page) {
    submissions++;
    if (row.suggestions.length > 0) withSuggestion++;
    for (const suggestion of row.suggestions) {
      suggestions++;
      byTheme[suggestion.key] = (byTheme[suggestion.key] ?? 0) + 1;
    }
  }
});
const totalMs = performance.now() - started;

const themes = await queryRows<{ key: string; keywords: string[] }>(
  handle.db,
  sql`select key, keywords_en || keywords_id as keywords from themes where consultation_id = ${consultationId} order by position`,
);
const texts = await queryRows<{ text: string; language: "en" | "id" | "other"; themes: string[] }>(
  handle.db,
  sql`select s.body as text, s.language, coalesce(array_agg(t.key) filter (where t.key is not null), '{}') as themes
      from submissions s left join submission_themes st on st.submission_id = s.id left join themes t on t.id = st.theme_id
      where s.consultation_id = ${consultationId} group by s.id order by s.id`,
);
const examples = Array.from({ length: TRAINED_ON }, (_, i) => {
  const row = texts[i % texts.length] ?? { text: "", language: "en", themes: [] };
  return { text: row.text, language: row.language === "other" ? undefined : row.language, themes: row.themes };
});
const trainStarted = performance.now();
trainThemeModel(themes, examples);
const trainMs = performance.now() - trainStarted;
await handle.close();
console.log(
  JSON.stringify({
    total_s: Math.round(totalMs) / 1000,
    retrain_s: Math.round(retrained.trainMs) / 1000,
    retrained_on: retrained.trainedOn,
    train_s: Math.round(trainMs) / 1000,
    trained_on: examples.length,
    first_page_s: firstPageMs === null ? null : Math.round(firstPageMs) / 1000,
    database: handle.kind,
    submissions,
    pages,
    suggestions,
    with_suggestion: withSuggestion,
    by_theme: byTheme,
  }),
);
