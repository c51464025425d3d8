// Run by the "suggest" scenario (suggest.js) with node_modules/.bin/tsx, with DATABASE_URL or
// DATA_DIR set to the bench database: times the app's own suggestForConsultation on one
// consultation and prints one line of JSON with the figures.
//   tsx tests/bench/suggest-child.ts <consultation id>
import { database } from "#db/client.server";
import { suggestForConsultation } from "~/themes/suggestions.server";

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
await handle.close();
console.log(
  JSON.stringify({
    total_s: Math.round(totalMs) / 1000,
    first_page_s: firstPageMs === null ? null : Math.round(firstPageMs) / 1000,
    database: handle.kind,
    submissions,
    pages,
    suggestions,
    with_suggestion: withSuggestion,
    by_theme: byTheme,
  }),
);
