import { sql } from "drizzle-orm";
import { db, type Executor, queryRows } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";

/**
 * Theme suggestions without any outside service (docs/decisions/006-theme-suggestions.md).
 * Each theme gets a weight per lexeme, from two sources:
 *  - its keywords in both languages, stemmed by PostgreSQL's own english and indonesian
 *    configurations, the same ones that built each submission's search vector;
 *  - the submissions people already tagged with it: lexemes much more frequent among them than
 *    among other tagged submissions (smoothed log-odds), so suggestions sharpen as people tag.
 * A submission's score for a theme sums the weights of its lexemes; confidence = 1 − e^(−score);
 * at most two themes are offered, the second only when nearly as confident as the first.
 */
export const SUGGESTION_THRESHOLD = 0.5;
const KEYWORD_WEIGHT = 0.5;
const LEARNED_SCALE = 0.12;
// Most input is about one or two themes: offer at most two, and a second only if nearly as strong.
const MAX_SUGGESTIONS = 2;
const RELATIVE_TO_BEST = 0.7;
const LEARNED_PER_THEME = 150;
const MIN_THEME_EXAMPLES = 2;

export type ThemeModel = { id: string; key: string; weights: Map<string, number> }[];

export async function buildThemeModel(executor: Executor, consultationId: string): Promise<ThemeModel> {
  const keywordRows = await queryRows<{ id: string; key: string; lexemes: string[] | null }>(
    executor,
    sql`select t.id, t.key, array(
          select distinct lexeme from unnest(t.keywords_en || t.keywords_id) as keyword,
          lateral unnest(tsvector_to_array(to_tsvector('english', keyword)) || tsvector_to_array(to_tsvector('indonesian', keyword))) as lexeme
        ) as lexemes
        from themes t where t.consultation_id = ${consultationId} order by t.position`,
  );
  const model: ThemeModel = keywordRows.map((row) => ({
    id: row.id,
    key: row.key,
    weights: new Map((row.lexemes ?? []).map((lexeme) => [lexeme, KEYWORD_WEIGHT])),
  }));

  const tagged = await queryRows<{ theme_id: string; lexeme: string; df: number }>(
    executor,
    sql`select st.theme_id, lexeme, count(*)::int as df
        from submission_themes st
        join submissions s on s.id = st.submission_id,
        lateral unnest(tsvector_to_array(s.search_vector)) as lexeme
        where s.consultation_id = ${consultationId}
        group by st.theme_id, lexeme`,
  );
  const sizes = await queryRows<{ theme_id: string; n: number }>(
    executor,
    sql`select st.theme_id, count(*)::int as n from submission_themes st join submissions s on s.id = st.submission_id
        where s.consultation_id = ${consultationId} group by st.theme_id`,
  );
  const [total] = await queryRows<{ n: number }>(
    executor,
    sql`select count(distinct st.submission_id)::int as n from submission_themes st join submissions s on s.id = st.submission_id
        where s.consultation_id = ${consultationId}`,
  );
  const examples = new Map(sizes.map((row) => [row.theme_id, Number(row.n)]));
  const allTagged = Number(total?.n ?? 0);
  const backgroundDf = new Map<string, number>();
  for (const row of tagged) backgroundDf.set(row.lexeme, (backgroundDf.get(row.lexeme) ?? 0) + Number(row.df));

  const byTheme = new Map<string, { lexeme: string; weight: number }[]>();
  for (const row of tagged) {
    const inTheme = examples.get(row.theme_id) ?? 0;
    if (inTheme < MIN_THEME_EXAMPLES) continue;
    const df = Number(row.df);
    const outside = Math.max(0, (backgroundDf.get(row.lexeme) ?? 0) - df);
    const rest = Math.max(1, allTagged - inTheme);
    const logOdds = Math.log((df + 0.5) / (inTheme + 1)) - Math.log((outside + 0.5) / (rest + 1));
    if (logOdds <= 0) continue;
    const list = byTheme.get(row.theme_id) ?? [];
    list.push({ lexeme: row.lexeme, weight: logOdds * LEARNED_SCALE * Math.min(1, df / 3) });
    byTheme.set(row.theme_id, list);
  }
  for (const theme of model) {
    // The rows come in no set order: equal weights are common, and which of them make the cut
    // must not change from one build to the next.
    const learned = (byTheme.get(theme.id) ?? [])
      .sort((a, b) => b.weight - a.weight || (a.lexeme < b.lexeme ? -1 : a.lexeme > b.lexeme ? 1 : 0))
      .slice(0, LEARNED_PER_THEME);
    for (const { lexeme, weight } of learned) theme.weights.set(lexeme, (theme.weights.get(lexeme) ?? 0) + weight);
  }
  return model;
}

export type Suggestion = { themeId: string; key: string; confidence: number };

/** Themes for one submission's lexemes, most confident first, above the threshold only. */
export function scoreLexemes(
  model: ThemeModel,
  lexemes: readonly string[],
  threshold = SUGGESTION_THRESHOLD,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const theme of model) {
    let score = 0;
    for (const lexeme of lexemes) score += theme.weights.get(lexeme) ?? 0;
    const confidence = 1 - Math.exp(-score);
    if (confidence >= threshold)
      suggestions.push({ themeId: theme.id, key: theme.key, confidence: Math.round(confidence * 100) / 100 });
  }
  suggestions.sort((a, b) => b.confidence - a.confidence);
  const top = suggestions[0]?.confidence ?? 0;
  return suggestions.filter((s) => s.confidence >= top * RELATIVE_TO_BEST).slice(0, MAX_SUGGESTIONS);
}

// Each server holds a consultation's model and asks, with one read, whether the triggers' version
// (migration 0009) has moved. Building it reads every tagged submission's lexemes: milliseconds
// for a few thousand, seconds for two hundred thousand (docs/decisions/006).
type HeldModel = {
  epoch: string;
  version: number;
  model: ThemeModel;
  buildMs: number;
  builtAt: number;
  refresh: Promise<void> | null;
};
const heldModels = new Map<string, HeldModel>();

/** Below `inlineBuildMs` a stale model is rebuilt before answering; above it, at most every `refreshIntervalMs`, behind. */
export type ModelFreshness = { inlineBuildMs: number; refreshIntervalMs: number };
const FRESHNESS: ModelFreshness = { inlineBuildMs: 250, refreshIntervalMs: 30_000 };

/**
 * The consultation's theme model, as of the latest tag when it is cheap to rebuild. When it is
 * not, the model held serves while a new one is built in the background (one at a time, at most
 * twice a minute): a moderator's page does not wait seconds for every tag another one adds.
 */
export async function currentThemeModel(
  consultationId: string,
  freshness: ModelFreshness = FRESHNESS,
): Promise<ThemeModel> {
  const [row] = await queryRows<{ epoch: string | null; version: number | null }>(
    await db(),
    sql`select epoch::text, version::int from theme_model_versions where consultation_id = ${consultationId}`,
  );
  const seen = { epoch: row?.epoch ?? "", version: Number(row?.version ?? 0) };
  const held = heldModels.get(consultationId);
  if (held && held.epoch === seen.epoch && held.version === seen.version) return held.model;
  // Another epoch is other data (restored, or made anew): never served from the old.
  if (!held || held.epoch !== seen.epoch || held.buildMs < freshness.inlineBuildMs)
    return (await holdModel(consultationId, seen)).model;
  if (!held.refresh && Date.now() - held.builtAt >= freshness.refreshIntervalMs) {
    held.refresh = holdModel(consultationId, seen)
      .then(
        () => {},
        (error) => console.error(`[themes] rebuilding the theme model of ${consultationId} failed:`, error),
      )
      .finally(() => {
        held.refresh = null;
      });
  }
  return held.model;
}

/** Resolves when the background rebuild of a consultation's model (if one runs) is done. */
export async function themeModelSettled(consultationId: string): Promise<void> {
  await heldModels.get(consultationId)?.refresh;
}

// A build under way is shared: the start-up warm-up and the first page views wait for one build.
const building = new Map<string, Promise<HeldModel>>();

function holdModel(consultationId: string, seen: { epoch: string; version: number }): Promise<HeldModel> {
  const key = `${consultationId}|${seen.epoch}|${seen.version}`;
  let build = building.get(key);
  if (!build) {
    build = buildAndHold(consultationId, seen).finally(() => building.delete(key));
    building.set(key, build);
  }
  return build;
}

async function buildAndHold(consultationId: string, seen: { epoch: string; version: number }): Promise<HeldModel> {
  const started = performance.now();
  const model = await buildThemeModel(await db(), consultationId);
  const built = { ...seen, model, buildMs: performance.now() - started, builtAt: Date.now(), refresh: null };
  // Two cheap builds may finish out of order: the one held then names its older version, and the
  // next view, seeing the version moved, builds again.
  heldModels.set(consultationId, built);
  return built;
}

/** Suggestions for one submission: not the themes it already has, nor those someone dismissed. */
export async function suggestionsFor(
  consultationId: string,
  submissionId: string,
  freshness?: ModelFreshness,
): Promise<Suggestion[]> {
  const database = await db();
  const [model, [row], taken] = await Promise.all([
    currentThemeModel(consultationId, freshness),
    queryRows<{ lexemes: string[] }>(
      database,
      sql`select tsvector_to_array(search_vector) as lexemes from submissions where id = ${submissionId}`,
    ),
    queryRows<{ theme_id: string }>(
      database,
      sql`select theme_id from submission_themes where submission_id = ${submissionId}
          union select theme_id from dismissed_suggestions where submission_id = ${submissionId}`,
    ),
  ]);
  if (!row) return [];
  const skip = new Set(taken.map((t) => t.theme_id));
  return scoreLexemes(model, row.lexemes).filter((s) => !skip.has(s.themeId));
}

/** Suggestions for every submission of a consultation, in pages: for evaluation and benchmarks. */
export async function suggestForConsultation(
  consultationId: string,
  onPage: (page: { id: string; suggestions: Suggestion[] }[]) => void | Promise<void>,
) {
  const database = await db();
  const model = await buildThemeModel(database, consultationId);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await queryRows<{ id: string; lexemes: string[] }>(
      database,
      sql`select id, tsvector_to_array(search_vector) as lexemes from submissions
          where consultation_id = ${consultationId} and id > ${after}::uuid order by id limit 5000`,
    );
    const last = rows.at(-1);
    if (!last) return;
    await onPage(rows.map((row) => ({ id: row.id, suggestions: scoreLexemes(model, row.lexemes) })));
    after = last.id;
  }
}

/** A moderator's "not this theme" for one submission: it is not suggested for it again. */
export async function dismissSuggestion(
  moderatorId: string,
  consultationId: string,
  submissionId: string,
  themeKey: string,
): Promise<Result> {
  return (await db()).transaction(async (tx) => {
    const [theme] = await queryRows<{ id: string }>(
      tx,
      sql`select t.id from themes t join submissions s on s.consultation_id = t.consultation_id
          where t.key = ${themeKey} and t.consultation_id = ${consultationId} and s.id = ${submissionId}`,
    );
    if (!theme) return refuse("review.themeUnknown");
    await tx.execute(
      sql`insert into dismissed_suggestions (submission_id, theme_id, dismissed_by) values (${submissionId}, ${theme.id}, ${moderatorId})
          on conflict do nothing`,
    );
    await recordAudit(tx, {
      actorId: moderatorId,
      action: "submission.suggestion_dismissed",
      subjectType: "submission",
      subjectId: submissionId,
      details: { theme: themeKey },
    });
    return ok();
  });
}
