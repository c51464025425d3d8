// Run by the "summary" scenario (summary.js) with node_modules/.bin/tsx, with DATABASE_URL or
// DATA_DIR set to the bench database: tags enough approved input with the first theme for it to
// hold `target` submissions (not timed), then times the app's own buildDraft for that theme and
// prints one line of JSON with the figures.
//   tsx tests/bench/summary-child.ts <consultation id> <target>
import { sql } from "drizzle-orm";
import { database, queryRows } from "#db/client.server";
import { buildDraft } from "~/summaries/draft.server";
import { themeFilter } from "~/summaries/figures.server";

const [consultationId, targetText] = process.argv.slice(2);
const target = Number(targetText);
if (!consultationId || !Number.isInteger(target) || target <= 0) {
  console.error("usage: tsx tests/bench/summary-child.ts <consultation id> <submissions in the theme>");
  process.exit(2);
}

const handle = await database();
const [theme] = await queryRows<{ id: string; key: string }>(
  handle.db,
  sql`select id, key from themes where consultation_id = ${consultationId} order by position limit 1`,
);
if (!theme) throw new Error("the bench consultation has no theme");
const approvedInTheme = async () =>
  Number(
    (
      await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from submissions s join submission_themes t on t.submission_id = s.id
            where t.theme_id = ${theme.id} and s.status = 'approved'`,
      )
    )[0]?.n ?? 0,
  );
const missing = target - (await approvedInTheme());
if (missing > 0)
  await handle.db.execute(sql`
    insert into submission_themes (submission_id, theme_id, source, added_by)
    select s.id, ${theme.id}, 'manual', 'bench' from submissions s
    where s.consultation_id = ${consultationId} and s.status = 'approved'
      and not exists (select 1 from submission_themes t where t.submission_id = s.id and t.theme_id = ${theme.id})
    order by s.id limit ${missing}`);
const inTheme = await approvedInTheme();
if (inTheme < target) {
  console.error(`only ${inTheme} approved submissions could be tagged: load more (--submissions)`);
  process.exit(1);
}

// The first build reads everything cold; the figure is that one, as a member opening the editor meets it.
const started = performance.now();
const draft = await buildDraft(consultationId, themeFilter(theme.key));
const draftMs = performance.now() - started;
const again = performance.now();
await buildDraft(consultationId, themeFilter(theme.key));
const warmMs = performance.now() - again;
await handle.close();
console.log(
  JSON.stringify({
    submissions: draft.figures.submissions,
    draft_s: Math.round(draftMs) / 1000,
    warm_draft_s: Math.round(warmMs) / 1000,
    excerpts: draft.choices.excerpts.length,
    campaigns: draft.figures.campaigns.length,
    largest_campaign: draft.figures.campaigns[0]?.size ?? 0,
    database: handle.kind,
  }),
);
