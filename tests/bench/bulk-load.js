// Bulk loader for the queue and suggest scenarios: one bench consultation (20 sections, 12 themes)
// with N submissions from many authors and organisations, generated inside PostgreSQL with
// INSERT … SELECT from generate_series (the app's own triggers run as for any insert). Every
// choice (language, theme, length, status, author …) comes from a hash of the row number
// (hashint8extended), so a run builds the same data every time, apart from the dates, which count
// back from the start of the load. The texts are put
// together from the phrases in corpus.js; search_vector is a generated column, filled by
// PostgreSQL. Secondary indexes, unique and foreign keys of submissions and submission_themes are
// dropped before the rows go in and put back (from their own definitions) afterwards, which is
// several times faster than keeping them up to date row by row; then VACUUM ANALYZE.
import { randomUUID } from "node:crypto";
import { log, openSessions } from "./environment.js";
import { pool } from "./http.js";
import { GENERAL, OPENINGS, ORGANISATION_WORDS, PLACES, QUOTED, SECTIONS, THEMES } from "./corpus.js";

export const BENCH_SLUG = "bench-2026";
const REFERENCE_PREFIX = "BENCH";
const CHUNK = 25_000;
const UNLOGGED = true;
const SPAN_DAYS = 60;
// Texts are cut at the end of the word that reaches their length: 100 to about 1,500 characters.
const MIN_LENGTH = 100;
const MAX_LENGTH = 1480;
const ORGANISATION_TYPES = Object.keys(ORGANISATION_WORDS);
const COUNTRIES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "other"];
const REJECTION_REASONS = ["off_topic", "abusive", "spam", "duplicate", "personal_data", "other"];
const TABLES = ["submissions", "submission_themes"];
// Who tagged the bench submissions: the demo moderator (added_by is not a foreign key).
const TAGGED_BY = "demo-moderator";

const literal = (text) => `'${String(text).replaceAll("'", "''")}'`;
const textArray = (list) => `ARRAY[${list.map(literal).join(", ")}]::text[]`;

// Helpers that live in the bench database while it is loaded (dropped afterwards). bench_u is a
// uniform number in [0, 1) from a row number and a stream; bench_id a valid version-4 UUID, so
// the app's own validation (z.uuid()) accepts the ids in links.
const HELPERS = [
  `create or replace function bench_u(n bigint, stream int) returns float8 language sql immutable parallel safe
     as $$ select ((hashint8extended(n, stream) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$`,
  `create or replace function bench_id(kind text, n bigint) returns uuid language sql immutable parallel safe
     as $$ select overlay(overlay(md5(kind || '-' || n) placing '4' from 13) placing '8' from 17)::uuid $$`,
];
const DROP_HELPERS = ["drop function if exists bench_u(bigint, int)", "drop function if exists bench_id(text, bigint)"];

/** The sizes that follow from the number of submissions. */
export function plan(submissions, { taggedShare }) {
  const duplicateShare = 0.12;
  // About 40 copies per form letter on average; a few campaigns have thousands (see below).
  const groups = Math.max(1, Math.round((submissions * duplicateShare) / 40));
  return {
    submissions,
    taggedShare,
    duplicateShare,
    attachmentShare: 0.03,
    groups,
    stride: Math.max(1, Math.floor(submissions / groups)),
    authors: Math.max(100, Math.ceil(submissions / 8)),
    organisations: Math.max(ORGANISATION_TYPES.length * COUNTRIES.length, Math.ceil(submissions / 400)),
  };
}

/**
 * The attributes of rows lo..hi-1 (one per submission, no text yet). `s` is the row the text is
 * based on: the group's first row for a near-duplicate (a form letter), else the row itself.
 */
function rowsQuery(lo, hi, p, base) {
  const span = `interval '${SPAN_DAYS} days'`;
  const start = `(${base} - ${span})`;
  return `
  select g.n, d.grp, t.s, a.*, c.created_at,
    case
      when bench_u(g.n, 13) < 0.2 + 0.7 * (extract(epoch from c.created_at - ${start}) / ${SPAN_DAYS * 86_400}) ^ 2 then 'pending'
      when bench_u(g.n, 14) < 0.08 then 'withdrawn'
      when bench_u(g.n, 14) < 0.33 then 'rejected'
      else 'approved'
    end as status,
    floor(${p.authors} * bench_u(g.n, 12) ^ 2)::bigint as author,
    bench_u(g.n, 18) < ${p.attachmentShare} as has_attachment,
    bench_u(g.n, 19) < ${p.taggedShare} as tagged,
    bench_u(g.n, 20) < 0.3 as tagged_twice
  from generate_series(${lo}::bigint, ${hi - 1}::bigint) as g(n)
  cross join lateral (select case
      when g.n % ${p.stride} = 0 and g.n / ${p.stride} < ${p.groups} then g.n / ${p.stride}
      when bench_u(g.n, 1) < ${p.duplicateShare} then floor(${p.groups} * bench_u(g.n, 2) ^ 2)::bigint
    end as grp) as d
  cross join lateral (select coalesce(d.grp * ${p.stride}, g.n) as s) as t
  cross join lateral (select
      case when bench_u(t.s, 4) < 0.55 then 'id' else 'en' end as lang,
      floor(12 * bench_u(t.s, 5) ^ 1.5)::int as theme,
      (floor(12 * bench_u(t.s, 5) ^ 1.5)::int + 1 + floor(11 * bench_u(t.s, 6))::int) % 12 as theme2,
      case when bench_u(t.s, 7) < 0.6 then 'comment' when bench_u(t.s, 7) < 0.85 then 'amendment' else 'general' end as kind,
      floor(20 * bench_u(t.s, 8) ^ 1.3)::int as section,
      case when bench_u(t.s, 9) < 0.32 then 'support' when bench_u(t.s, 9) < 0.62 then 'support_with_changes'
           when bench_u(t.s, 9) < 0.82 then 'oppose' else 'neutral' end as stance,
      ${MIN_LENGTH} + floor(${MAX_LENGTH - MIN_LENGTH} * bench_u(t.s, 10) ^ 2.5)::int as len
    ) as a
  cross join lateral (
    select t0 + case when g.n = t.s then interval '0' else (${base} - t0) * bench_u(g.n, 30) end as created_at
    from (select ${base} - ${span} * (1 - sqrt(bench_u(t.s, 3))) as t0) as z
  ) as c`;
}

function phraseArrays() {
  const themePhrases = (language) => THEMES.flatMap((theme) => theme.phrases[language]);
  for (const theme of THEMES) {
    for (const language of ["en", "id"]) {
      if (theme.phrases[language].length !== 8)
        throw new Error(`corpus.js: theme ${theme.key} needs 8 ${language} phrases`);
    }
  }
  return `(select ${textArray(themePhrases("en"))} as theme_en, ${textArray(themePhrases("id"))} as theme_id,
      ${textArray(OPENINGS.en)} as open_en, ${textArray(OPENINGS.id)} as open_id,
      ${textArray(GENERAL.en)} as general_en, ${textArray(GENERAL.id)} as general_id,
      ${textArray(PLACES.en)} as place_en, ${textArray(PLACES.id)} as place_id,
      ${textArray(QUOTED.en)} as quoted_en, ${textArray(QUOTED.id)} as quoted_id) as p`;
}

const pick = (column, size, n, stream) =>
  `(case when r.lang = 'id' then p.${column}_id else p.${column}_en end)[1 + floor(${size} * bench_u(${n}, ${stream}))::int]`;
const themePick = (theme, stream) =>
  `(case when r.lang = 'id' then p.theme_id else p.theme_en end)[${theme} * 8 + 1 + floor(8 * bench_u(r.s, ${stream}))::int]`;

function submissionsInsert(lo, hi, p, ids) {
  const base = ids.base;
  // A text: the sender's own first sentence, then sentences of the main theme (68 %), of a second
  // theme (12 %), remarks on the plan (16 %) and places (4 %), cut at a word to its length. One
  // flat expression (concat_ws skips the null slots past the text's length): a subquery per row
  // would cost more than everything else together.
  const slot = (k) => `case when r.len / 60 + 2 >= ${k} then case
        when bench_u(r.s, ${200 + k}) < 0.68 then ${themePick("r.theme", 300 + k)}
        when bench_u(r.s, ${200 + k}) < 0.80 then ${themePick("r.theme2", 300 + k)}
        when bench_u(r.s, ${200 + k}) < 0.96 then ${pick("general", GENERAL.en.length, "r.s", 400 + k)}
        else ${pick("place", PLACES.en.length, "r.s", 400 + k)}
      end end`;
  const slots = Array.from({ length: Math.floor(MAX_LENGTH / 60) + 1 }, (_, index) => slot(index + 2));
  const body = `concat_ws(' ', ${pick("open", OPENINGS.en.length, "r.n", 50)},
      ${slots.join(",\n      ")})`;
  return `
  insert into submissions (id, reference, consultation_id, section_id, author_id, organisation_id, kind, stance, body,
    quoted_passage, proposed_text, language, consent, status, rejection_reason, decided_at, withdrawn_at,
    duplicate_group_id, idempotency_key, attachment_id, created_at, updated_at)
  select bench_id('submission', r.n),
    ${literal(`${REFERENCE_PREFIX}-2026-`)} || lpad((r.n + 1)::text, 7, '0'),
    ${literal(ids.consultation)}::uuid,
    case when r.kind = 'general' then null else bench_id('section', r.section) end,
    'bench-u-' || r.author,
    case when bench_u(r.author, 1000) < 0.3 then null else bench_id('organisation', floor(${p.organisations} * bench_u(r.author, 1001))::bigint) end,
    r.kind::submission_kind,
    r.stance::stance,
    case when length(b.text) <= r.len then b.text else left(b.text, r.len) || split_part(substr(b.text, r.len + 1), ' ', 1) end,
    case when r.kind = 'amendment' then ${pick("quoted", QUOTED.en.length, "r.s", 21)} end,
    case when r.kind = 'amendment' then ${themePick("r.theme", 22)} end,
    r.lang::submission_language,
    (case when bench_u(r.n, 23) < 0.5 then 'public_named' when bench_u(r.n, 23) < 0.85 then 'public_anonymous' else 'private' end)::consent,
    r.status::submission_status,
    case when r.status = 'rejected' then (case when r.grp is not null and bench_u(r.n, 16) < 0.6 then 'duplicate'
      else (${textArray(REJECTION_REASONS)})[1 + floor(${REJECTION_REASONS.length} * bench_u(r.n, 17))::int] end)::rejection_reason end,
    case when r.status in ('approved', 'rejected') then least(${base}, r.created_at + interval '1 hour' * (1 + 300 * bench_u(r.n, 15))) end,
    case when r.status = 'withdrawn' then least(${base}, r.created_at + interval '1 hour' * (1 + 100 * bench_u(r.n, 15))) end,
    case when r.grp is not null then bench_id('submission', r.grp * ${p.stride}) end,
    bench_id('key', r.n),
    case when r.has_attachment then bench_id('attachment', r.n) end,
    r.created_at,
    r.created_at
  from (${rowsQuery(lo, hi, p, base)}
    offset 0) as r
  cross join ${phraseArrays()}
  cross join lateral (select ${body} as text offset 0) as b`;
}

function attachmentsInsert(lo, hi, p, ids) {
  return `
  insert into attachments (id, owner_id, file_name, kind, byte_size, content, uploaded_at)
  select bench_id('attachment', r.n), 'bench-u-' || r.author, 'comments-' || (r.n + 1) || '.pdf', 'pdf', 9,
    decode('255044462d312e340a', 'hex'), r.created_at
  from (${rowsQuery(lo, hi, p, ids.base)}
    offset 0) as r
  where r.has_attachment`;
}

function themesInsert(lo, hi, p, ids) {
  return `
  insert into submission_themes (submission_id, theme_id, source, added_by, added_at)
  select bench_id('submission', r.n), bench_id('theme', x.theme), 'manual', ${literal(TAGGED_BY)},
    least(${ids.base}, r.created_at + interval '1 day')
  from (${rowsQuery(lo, hi, p, ids.base)}
    offset 0) as r
  cross join lateral (values (r.theme), (case when r.tagged_twice then r.theme2 end)) as x(theme)
  where r.tagged and x.theme is not null`;
}

/** The consultation, its sections and themes, the authors and organisations. */
function frameStatements(p, ids) {
  const base = ids.base;
  const types = textArray(ORGANISATION_TYPES);
  const names = textArray(ORGANISATION_TYPES.map((type) => ORGANISATION_WORDS[type]));
  return [
    `insert into consultations (id, slug, reference_prefix, title_en, title_id, summary_en, summary_id, description_en, description_id,
       phase, opens_at, closes_at, time_zone, created_at)
     values (${literal(ids.consultation)}, ${literal(BENCH_SLUG)}, ${literal(REFERENCE_PREFIX)},
       'Benchmark consultation', 'Konsultasi tolok ukur', 'A consultation for benchmarks.', 'Konsultasi untuk tolok ukur.',
       'Generated by tests/bench/bulk-load.js.', 'Dibuat oleh tests/bench/bulk-load.js.',
       'open', ${base} - interval '${SPAN_DAYS} days', ${base} + interval '30 days', 'Asia/Jakarta', ${base} - interval '${SPAN_DAYS + 1} days')`,
    `insert into document_versions (id, consultation_id, label, title_en, title_id, is_current)
     values (${literal(ids.version)}, ${literal(ids.consultation)}, 'Draft 1', 'Draft plan', 'Rancangan rencana', true)`,
    `insert into sections (id, version_id, position, number, heading_en, heading_id, body_en, body_id) values
     ${SECTIONS.map(
       ([number, en, id], position) =>
         `(bench_id('section', ${position}), ${literal(ids.version)}, ${position}, ${literal(number)}, ${literal(en)}, ${literal(id)}, ${literal(`${en}.`)}, ${literal(`${id}.`)})`,
     ).join(",\n")}`,
    `insert into themes (id, consultation_id, key, position, label_en, label_id, description_en, description_id, keywords_en, keywords_id) values
     ${THEMES.map(
       (theme, position) =>
         `(bench_id('theme', ${position}), ${literal(ids.consultation)}, ${literal(theme.key)}, ${position}, ${literal(theme.label[0])}, ${literal(theme.label[1])},
           ${literal(theme.keywords.en.join(", "))}, ${literal(theme.keywords.id.join(", "))}, ${textArray(theme.keywords.en)}, ${textArray(theme.keywords.id)})`,
     ).join(",\n")}`,
    `insert into reference_counters (consultation_id, year, last) values (${literal(ids.consultation)}, 2026, ${p.submissions})
     on conflict do nothing`,
    `insert into organisations (id, name, type, country, created_at)
     select bench_id('organisation', o), (${names})[1 + o % ${ORGANISATION_TYPES.length}] || ' ' || (o + 1),
       (${types})[1 + o % ${ORGANISATION_TYPES.length}]::organisation_type,
       (${textArray(COUNTRIES)})[1 + (o / ${ORGANISATION_TYPES.length}) % ${COUNTRIES.length}]::country,
       ${base} - interval '1 year'
     from generate_series(0, ${p.organisations - 1}) as o`,
    `insert into users (id, email, name, password_hash, role, preferred_language, created_at)
     select 'bench-u-' || a, 'bench-u-' || a || '@bench.masukan.test', 'Bench Author ' || (a + 1), '!bench-no-login', 'contributor',
       (case when a % 2 = 0 then 'id' else 'en' end)::language, ${base} - interval '${SPAN_DAYS + 1} days'
     from generate_series(0::bigint, ${p.authors - 1}::bigint) as a`,
    `insert into organisation_members (user_id, organisation_id, joined_at)
     select 'bench-u-' || a, bench_id('organisation', floor(${p.organisations} * bench_u(a, 1001))::bigint), ${base} - interval '${SPAN_DAYS + 1} days'
     from generate_series(0::bigint, ${p.authors - 1}::bigint) as a
     where bench_u(a, 1000) >= 0.3`,
  ];
}

const seconds = (started) => Math.round((Date.now() - started) / 100) / 10;

/**
 * Loads the bench consultation with `submissions` rows into the scenario's database (the server
 * stopped, or at least idle). Returns { consultationId, slug, groups, data, load_s, phases }.
 */
export async function loadBench(database, submissions, { taggedShare }) {
  const p = plan(submissions, { taggedShare });
  const workers = database.kind === "postgres" ? 2 : 1;
  const { sessions, close } = await openSessions(database, workers);
  const [main] = sessions;
  const started = Date.now();
  const phases = {};
  const ids = {
    consultation: randomUUID(),
    version: randomUUID(),
    // One instant for every statement: the dates of the data count back from it.
    base: `${literal(new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString())}::timestamptz`,
  };
  try {
    for (const session of sessions) {
      await session("set synchronous_commit = off");
      await session("set maintenance_work_mem = '512MB'");
    }
    for (const statement of HELPERS) await main(statement);

    let step = Date.now();
    for (const statement of frameStatements(p, ids)) await main(statement);
    phases.frame_s = seconds(step);
    log(
      `bench consultation ${BENCH_SLUG}: ${SECTIONS.length} sections, ${THEMES.length} themes, ${p.authors} authors, ${p.organisations} organisations`,
    );

    // Foreign keys (from and to these tables), unique keys and the other indexes go, and come back
    // from their own definitions after the rows are in. Primary keys stay: the app's triggers on
    // these tables (kept counts) look rows up by them.
    const tables = TABLES.map((table) => `${literal(table)}::regclass`).join(", ");
    const constraints = (where) =>
      main(`select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
            from pg_constraint where ${where} order by conrelid::regclass::text, conname`);
    const foreignKeys = await constraints(`contype = 'f' and (conrelid in (${tables}) or confrelid in (${tables}))`);
    const keys = await constraints(`contype = 'u' and conrelid in (${tables})`);
    const indexes = await main(`
      select i.tablename as table, i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = 'public' and i.tablename in (${TABLES.map(literal).join(", ")})
        and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
      order by i.tablename, i.indexname`);
    for (const key of [...foreignKeys, ...keys]) await main(`alter table ${key.table} drop constraint "${key.name}"`);
    for (const index of indexes) await main(`drop index "${index.name}"`);
    // Without WAL while the rows go in (a bulk insert otherwise waits for WAL flushes whenever it
    // reuses a buffer); SET LOGGED afterwards writes the table to the WAL once, in one pass.
    if (UNLOGGED) await main("alter table submissions set unlogged");

    step = Date.now();
    const chunks = [];
    for (let lo = 0; lo < submissions; lo += CHUNK) chunks.push([lo, Math.min(submissions, lo + CHUNK)]);
    let done = 0;
    let reported = 0;
    let next = 0;
    await pool(sessions.length, sessions.length, async (worker) => {
      const session = sessions[worker];
      while (next < chunks.length) {
        const [lo, hi] = chunks[next++];
        // One transaction per statement: the app's count triggers make writers to one consultation
        // take turns until they commit, so the other session's rows are made meanwhile.
        await session(attachmentsInsert(lo, hi, p, ids));
        await session(submissionsInsert(lo, hi, p, ids));
        await session(themesInsert(lo, hi, p, ids));
        done += hi - lo;
        if (done - reported >= submissions / 10 || done === submissions) {
          reported = done;
          log(`  ${done.toLocaleString("en")} / ${submissions.toLocaleString("en")} submissions (${seconds(step)} s)`);
        }
      }
    });
    phases.rows_s = seconds(step);
    if (UNLOGGED) {
      step = Date.now();
      await main("alter table submissions set logged");
      phases.logged_s = seconds(step);
    }

    step = Date.now();
    // The GIN (full-text) index takes longest; the others share the second connection.
    const builds = [
      ...indexes.map((index) => index.definition),
      ...keys.map((key) => `alter table ${key.table} add constraint "${key.name}" ${key.definition}`),
    ].sort((a, b) => Number(/using gin/i.test(b)) - Number(/using gin/i.test(a)));
    let nextBuild = 0;
    await pool(sessions.length, sessions.length, async (worker) => {
      while (nextBuild < builds.length) await sessions[worker](builds[nextBuild++]);
    });
    phases.indexes_s = seconds(step);
    step = Date.now();
    for (const key of foreignKeys)
      await main(`alter table ${key.table} add constraint "${key.name}" ${key.definition}`);
    phases.foreign_keys_s = seconds(step);
    log(
      `indexes and keys (${builds.length}) rebuilt in ${phases.indexes_s} s, foreign keys (${foreignKeys.length}) checked in ${phases.foreign_keys_s} s`,
    );

    for (const statement of DROP_HELPERS) await main(statement);
    step = Date.now();
    // Every table: the app may keep data derived from these rows (counts) in tables of its own.
    await main("vacuum (analyze)");
    phases.vacuum_analyze_s = seconds(step);

    const { groups, data } = await describeLoad(main, ids.consultation);
    const loadSeconds = seconds(started);
    log(
      `loaded ${submissions.toLocaleString("en")} submissions in ${loadSeconds} s (${Math.round(submissions / loadSeconds).toLocaleString("en")}/s; submissions table ${data.submissions_table})`,
    );
    return { consultationId: ids.consultation, slug: BENCH_SLUG, groups, load_s: loadSeconds, phases, data };
  } finally {
    await close();
  }
}

/** The near-duplicate groups (largest first) and the shape of the loaded data. */
async function describeLoad(main, consultationId) {
  const consultation = literal(consultationId);
  const groups = await main(`
    select duplicate_group_id::text as id, count(*)::int as size from submissions
    where consultation_id = ${consultation} and duplicate_group_id is not null
    group by 1 order by 2 desc, 1`);
  const [data] = await main(`
    select count(*)::int as submissions,
      count(*) filter (where language = 'id')::int as indonesian,
      count(*) filter (where status = 'pending')::int as pending,
      count(*) filter (where duplicate_group_id is not null)::int as in_groups,
      count(*) filter (where attachment_id is not null)::int as with_attachment,
      count(*) filter (where organisation_id is null)::int as individuals,
      round(avg(length(body)))::int as body_mean_chars,
      (percentile_disc(array[0.05, 0.5, 0.95]) within group (order by length(body)))::int[] as body_p5_p50_p95_chars,
      min(length(body))::int as body_min_chars,
      max(length(body))::int as body_max_chars,
      (select count(distinct submission_id)::int from submission_themes st where st.submission_id in
        (select id from submissions where consultation_id = ${consultation})) as tagged
    from submissions where consultation_id = ${consultation}`);
  const [size] = await main(`select pg_size_pretty(pg_total_relation_size('submissions')) as submissions_table`);
  return {
    groups,
    data: {
      ...data,
      groups: groups.length,
      largest_group: groups[0]?.size ?? 0,
      submissions_table: size.submissions_table,
    },
  };
}

/** What an earlier run loaded into a kept database (--database): the same as loadBench returns, without the load. */
export async function describeKeptLoad(database) {
  const { sessions, close } = await openSessions(database, 1);
  try {
    const [consultation] = await sessions[0](`select id::text from consultations where slug = ${literal(BENCH_SLUG)}`);
    if (!consultation)
      throw new Error(`${database.name} holds no ${BENCH_SLUG} consultation: load one with --keep-database first`);
    const { groups, data } = await describeLoad(sessions[0], consultation.id);
    return { consultationId: consultation.id, slug: BENCH_SLUG, groups, load_s: null, phases: {}, data };
  } finally {
    await close();
  }
}
