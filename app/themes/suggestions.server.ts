import { sql } from "drizzle-orm";
import { db, type Executor, queryRows } from "#db/client.server";
import { recordAudit } from "~/audit/audit.server";
import { ok, type Result, refuse } from "~/result";
import { type Example, type NoSuggestion, type ThemeModel, suggestThemes, trainThemeModel } from "./model";
import { MODEL_FORMAT, parseModel, serialiseModel } from "./stored-model";
import { trainThemeModelInChildProcess } from "./child-training.server";

/**
 * Theme suggestions from the consultation's own model (docs/decisions/024-…): trained off the
 * request path by the background trainer (`trainer.server.ts`) whenever tags change, stored in
 * theme_models, and read by every app server from there. Until a first model is stored, the
 * themes' keywords alone make one (cheap: no example to learn from).
 */
export type Suggestion = { themeId: string; key: string; confidence: number; why: string[] };
export type SubmissionSuggestions = { suggestions: Suggestion[]; withheld: NoSuggestion | null };

// Retired themes are neither learned nor suggested (decision 038).
type Theme = { id: string; key: string; keywords: string[] };

async function themesOf(executor: Executor, consultationId: string): Promise<Theme[]> {
  return queryRows<Theme>(
    executor,
    sql`select id, key, keywords_en || keywords_id as keywords from themes
        where consultation_id = ${consultationId} and retired_at is null order by position, key`,
  );
}

const TRAINING_PART = 5_000;

/**
 * The consultation's tagged input, in parts of `partSize` submissions in id order, each read
 * when the one before was taken: the trainer holds one part, not 200,000 texts.
 */
export async function* trainingExamples(
  executor: Executor,
  consultationId: string,
  partSize = TRAINING_PART,
): AsyncGenerator<Example[]> {
  for (let after = "00000000-0000-0000-0000-000000000000"; ; ) {
    const rows = await queryRows<{ id: string; text: string; language: "en" | "id" | "other"; themes: string[] }>(
      executor,
      sql`select st.submission_id::text as id, concat_ws(' ', s.body, s.proposed_text) as text, s.language,
            array_agg(t.key order by t.key) as themes
          from submission_themes st join submissions s on s.id = st.submission_id join themes t on t.id = st.theme_id
          where s.consultation_id = ${consultationId} and t.retired_at is null and st.submission_id > ${after}::uuid
          group by st.submission_id, s.id order by st.submission_id limit ${partSize}`,
    );
    if (rows.length > 0)
      yield rows.map((row) => ({
        text: row.text,
        language: row.language === "other" ? undefined : row.language,
        themes: row.themes,
      }));
    const last = rows.at(-1);
    if (!last || rows.length < partSize) return;
    after = last.id;
  }
}

/** Trains the consultation's model from its tagged input and stores it; what it learned from. */
export async function retrainThemeModel(consultationId: string): Promise<{ trainedOn: number; trainMs: number }> {
  const database = await db();
  // The version first: tags added while training move it on, and ask for another training.
  const [version] = await queryRows<{ epoch: string; version: number }>(
    database,
    sql`select epoch::text, version::int from theme_model_versions where consultation_id = ${consultationId}`,
  );
  const themes = await themesOf(database, consultationId);
  const started = performance.now();
  let trainedOn = 0;
  const counted = async function* () {
    for await (const part of trainingExamples(database, consultationId)) {
      trainedOn += part.length;
      yield part;
    }
  };
  const model = await trainThemeModelInChildProcess(themes, counted());
  const trainMs = Math.round(performance.now() - started);
  const stored = serialiseModel(model);
  await database.execute(
    sql`insert into theme_models (consultation_id, epoch, version, model, trained_on, train_ms)
        values (${consultationId}, ${version?.epoch ?? "00000000-0000-0000-0000-000000000000"}::uuid, ${version?.version ?? 0},
                ${stored}, ${trainedOn}, ${trainMs})
        on conflict (consultation_id) do update set epoch = excluded.epoch, version = excluded.version,
          model = excluded.model, trained_on = excluded.trained_on, train_ms = excluded.train_ms, trained_at = now()`,
  );
  return { trainedOn, trainMs };
}

/**
 * Trains the models whose retraining was asked for, one consultation at a time, each claimed with
 * SKIP LOCKED so that two app servers never train the same one. Returns how many were trained.
 */
export async function trainRequestedModels(limit = 1): Promise<number> {
  let trained = 0;
  for (; trained < limit; trained++) {
    const [claimed] = await queryRows<{ consultation_id: string }>(
      await db(),
      sql`delete from theme_retrain_requests where consultation_id = (
            select consultation_id from theme_retrain_requests order by requested_at, consultation_id
            limit 1 for update skip locked)
          returning consultation_id`,
    );
    if (!claimed) break;
    try {
      await retrainThemeModel(claimed.consultation_id);
    } catch (error) {
      // Asked again, so that a passing fault does not leave the model behind for good.
      await (await db()).execute(
        sql`insert into theme_retrain_requests (consultation_id) values (${claimed.consultation_id}) on conflict do nothing`,
      );
      throw error;
    }
  }
  return trained;
}

/**
 * Asks for a training of every model that is missing, behind its version or stored in an older
 * format (after a start, a restore, an upgrade). The format is read from the JSON's first field
 * rather than by parsing megabytes of model.
 */
export async function requestStaleModels(): Promise<void> {
  await (await db()).execute(
    sql`insert into theme_retrain_requests (consultation_id)
        select v.consultation_id from theme_model_versions v
        left join theme_models m on m.consultation_id = v.consultation_id
        where m.consultation_id is null or m.epoch <> v.epoch or m.version <> v.version
          or not starts_with(m.model, ${`{"format":${MODEL_FORMAT},`})
        on conflict do nothing`,
  );
}

export type ModelStatus = {
  /** When the stored model was trained; null while only the keywords speak. */
  trainedAt: string | null;
  trainedOn: number;
  /** Tags changed since: a newer model is on its way. */
  behind: boolean;
  examples: Record<string, number>;
  /** Themes with neither keywords nor tagged examples: nothing can suggest them yet. */
  unsuggestable: string[];
};
type HeldModel = { stamp: string; model: ThemeModel; themes: Theme[]; status: ModelStatus };
const heldModels = new Map<string, HeldModel>();

/**
 * The consultation's model, as stored: one read tells whether the one this server holds is still
 * the stored one. A server never trains here; without a stored model, keywords make one.
 */
export async function currentThemeModel(consultationId: string): Promise<HeldModel> {
  const database = await db();
  const [row] = await queryRows<{
    trained_at: string | null;
    behind: boolean;
    themes_version: string;
    retired: string | null;
  }>(
    database,
    sql`select m.trained_at::text, coalesce(m.epoch <> v.epoch or m.version <> v.version, v.consultation_id is not null) as behind,
          coalesce(v.epoch::text || ':' || v.version, '') as themes_version,
          (select string_agg(t.id::text, ',') from themes t where t.consultation_id = c.id and t.retired_at is not null) as retired
        from consultations c
        left join theme_models m on m.consultation_id = c.id
        left join theme_model_versions v on v.consultation_id = c.id
        where c.id = ${consultationId}`,
  );
  const stamp = row?.trained_at ?? `keywords ${row?.themes_version ?? ""}`;
  const held = heldModels.get(consultationId);
  if (held && held.stamp === stamp) {
    // A theme retired since this model was trained is suggested no more, even before the next model.
    const retired = new Set(row?.retired?.split(",") ?? []);
    const themes = held.themes.filter((theme) => !retired.has(theme.id));
    return { ...held, themes, status: { ...held.status, behind: row?.behind ?? false } };
  }
  const themes = await themesOf(database, consultationId);
  const [stored] = row?.trained_at
    ? await queryRows<{ model: string; trained_on: number }>(
        database,
        sql`select model, trained_on from theme_models where consultation_id = ${consultationId}`,
      )
    : [];
  const model = (stored && parseModel(stored.model)) || trainThemeModel(themes, []);
  const fresh: HeldModel = {
    stamp,
    model,
    themes,
    status: {
      trainedAt: stored ? (row?.trained_at ?? null) : null,
      trainedOn: stored?.trained_on ?? 0,
      behind: row?.behind ?? false,
      examples: Object.fromEntries(model.themes.map((theme) => [theme.key, theme.examples])),
      unsuggestable: model.themes
        .filter((theme) => theme.examples === 0 && theme.keywordStems.length === 0)
        .map((theme) => theme.key),
    },
  };
  heldModels.set(consultationId, fresh);
  return fresh;
}

/** Suggestions for one text with the consultation's model: only themes that still exist. */
function judge(held: HeldModel, text: string, language: "en" | "id" | "other", explain = true): SubmissionSuggestions {
  const idOf = new Map(held.themes.map((theme) => [theme.key, theme.id]));
  const judged = suggestThemes(held.model, text, language, { explain });
  return {
    withheld: judged.withheld,
    suggestions: judged.suggestions.flatMap((s) => {
      const themeId = idOf.get(s.key);
      return themeId ? [{ ...s, themeId }] : [];
    }),
  };
}

/** Suggestions for one submission: not the themes it already has, nor those someone dismissed. */
export async function suggestionsFor(consultationId: string, submissionId: string): Promise<SubmissionSuggestions> {
  const database = await db();
  const [held, [row], taken] = await Promise.all([
    currentThemeModel(consultationId),
    queryRows<{ text: string; language: "en" | "id" | "other" }>(
      database,
      sql`select concat_ws(' ', body, proposed_text) as text, language from submissions where id = ${submissionId}`,
    ),
    queryRows<{ theme_id: string }>(
      database,
      sql`select theme_id from submission_themes where submission_id = ${submissionId}
          union select theme_id from dismissed_suggestions where submission_id = ${submissionId}`,
    ),
  ]);
  if (!row) return { suggestions: [], withheld: null };
  const skip = new Set(taken.map((t) => t.theme_id));
  const judged = judge(held, row.text, row.language);
  return { ...judged, suggestions: judged.suggestions.filter((s) => !skip.has(s.themeId)) };
}

/** How fresh the consultation's model is and how many examples each theme has, for the page. */
export async function themeModelStatus(consultationId: string): Promise<ModelStatus> {
  return (await currentThemeModel(consultationId)).status;
}

/**
 * Each of these submissions' suggestion of one theme, with its confidence, when it reaches
 * `minConfidence` and the submission neither has the theme nor had it dismissed.
 */
export async function suggestedAmong(
  consultationId: string,
  submissionIds: readonly string[],
  themeKey: string,
  minConfidence: number,
): Promise<{ submissionId: string; confidence: number }[]> {
  const held = await currentThemeModel(consultationId);
  const found: { submissionId: string; confidence: number }[] = [];
  for (let at = 0; at < submissionIds.length; at += 5000) {
    const rows = await queryRows<{ id: string; text: string; language: "en" | "id" | "other" }>(
      await db(),
      sql`select s.id, concat_ws(' ', s.body, s.proposed_text) as text, s.language from submissions s
          where s.id = any(${sql.param(submissionIds.slice(at, at + 5000))}::uuid[]) and s.consultation_id = ${consultationId}
            and not exists (select 1 from submission_themes st join themes t on t.id = st.theme_id
                            where st.submission_id = s.id and t.key = ${themeKey})
            and not exists (select 1 from dismissed_suggestions d join themes t on t.id = d.theme_id
                            where d.submission_id = s.id and t.key = ${themeKey})
          order by s.id`,
    );
    for (const row of rows) {
      const suggestion = judge(held, row.text, row.language, false).suggestions.find((s) => s.key === themeKey);
      if (suggestion && suggestion.confidence >= minConfidence)
        found.push({ submissionId: row.id, confidence: suggestion.confidence });
    }
  }
  return found;
}

/** Suggestions for every submission of a consultation, in pages: for evaluation and benchmarks. */
export async function suggestForConsultation(
  consultationId: string,
  onPage: (page: { id: string; suggestions: Suggestion[] }[]) => void | Promise<void>,
) {
  const database = await db();
  const held = await currentThemeModel(consultationId);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await queryRows<{ id: string; text: string; language: "en" | "id" | "other" }>(
      database,
      sql`select id, concat_ws(' ', body, proposed_text) as text, language from submissions
          where consultation_id = ${consultationId} and id > ${after}::uuid order by id limit 5000`,
    );
    const last = rows.at(-1);
    if (!last) return;
    await onPage(
      rows.map((row) => ({ id: row.id, suggestions: judge(held, row.text, row.language, false).suggestions })),
    );
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
