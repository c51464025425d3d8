// Scenario "section_page": visitors reading a public section page of the demo consultation that
// carries 1,000 approved submissions, 20 keep-alive connections at once, against a bare Remix GET
// route on the same server. See tests/bench/README.md for what each figure means.
import { comment } from "./comments.js";
import { cpuBetween, cpuSnapshot } from "./cpu.js";
import { createDatabase, log, startServer, stopping, stopServer, withDatabase } from "./environment.js";
import { closedLoop, createAgent, send } from "./http.js";

const CONSULTATION = "ascc-post-2025";
const SECTION = "2.1";
const PAGE_PATH = `/consultations/${CONSULTATION}/sections/${SECTION}`;
const BASELINE_PATH = "/bench/page";
const SUBMISSIONS = 1000;
const CONNECTIONS = 20;
const WARMUP_SECONDS = 2;

export const TARGETS = { ratio: 0.5 };

// Passages of section 2.1 as amendments quote them: most are found in the text and marked there.
const PASSAGES = {
  en: [
    "Improve foundational learning outcomes and completion of basic education.",
    "Promote industry partnerships in TVET",
    "short exchanges for vocational learners",
  ],
  id: [
    "Meningkatkan capaian pembelajaran dasar dan angka penyelesaian pendidikan dasar.",
    "pertukaran jangka pendek bagi peserta didik vokasi",
  ],
};
const STANCES = ["support", "support_with_changes", "oppose", "neutral"];
// As real input: most public without a name, some named, a few private (counted, never shown).
const CONSENTS = ["public_anonymous", "public_named", "public_anonymous", "public_named", "private"];

/** The 1,000 submissions as rows: mixed languages, kinds, stances and consents, dated over 30 days. */
function rows() {
  return Array.from({ length: SUBMISSIONS }, (_, n) => {
    const { language, body } = comment(n);
    const amendment = n % 4 === 1;
    const passages = PASSAGES[language];
    return {
      n,
      language,
      body,
      kind: amendment ? "amendment" : "comment",
      stance: STANCES[n % STANCES.length],
      consent: CONSENTS[n % CONSENTS.length],
      quoted: amendment ? passages[n % passages.length] : null,
      proposed: amendment ? `${passages[n % passages.length]} ${body.slice(0, 80)}` : null,
      individual: n % 3 === 0,
    };
  });
}

/**
 * Inserts the submissions in one statement, approved, on the demo's current section 2.1, by the
 * demo's contributor and organisations (the app has no bulk path, and a send per row would
 * measure intake, not reading).
 */
async function load(database) {
  const started = Date.now();
  const json = JSON.stringify(rows());
  const [made] = await withDatabase(
    database,
    (sql) => sql`
      with section as (
        select s.id, v.consultation_id from sections s
        join document_versions v on v.id = s.version_id
        join consultations c on c.id = v.consultation_id
        where c.slug = ${CONSULTATION} and v.is_current and s.number = ${SECTION}
      ), authors as (
        select array_agg(id order by email) as ids from users
      ), orgs as (
        select array_agg(id order by name) as ids from organisations
      ), inserted as (
        insert into submissions (reference, consultation_id, section_id, author_id, organisation_id, kind, stance,
                                 body, quoted_passage, proposed_text, language, consent, status, decided_at,
                                 created_at, updated_at)
        select 'BENCH-S' || lpad((r->>'n'), 5, '0'), section.consultation_id, section.id,
               authors.ids[1 + (r->>'n')::int % array_length(authors.ids, 1)],
               case when (r->>'individual')::boolean then null
                    else orgs.ids[1 + (r->>'n')::int % array_length(orgs.ids, 1)] end,
               (r->>'kind')::submission_kind, (r->>'stance')::stance, r->>'body', r->>'quoted', r->>'proposed',
               (r->>'language')::submission_language, (r->>'consent')::consent, 'approved',
               now() - make_interval(mins => (r->>'n')::int * 40),
               now() - make_interval(mins => (r->>'n')::int * 43),
               now() - make_interval(mins => (r->>'n')::int * 40)
        from jsonb_array_elements(${json}::text::jsonb) r, section, authors, orgs
        returning 1
      )
      select count(*)::int as count from inserted`,
  );
  if (made.count !== SUBMISSIONS) throw new Error(`loaded ${made.count} submissions, not ${SUBMISSIONS}`);
  log(
    `loaded ${made.count} approved submissions on section ${SECTION} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

const round = (value, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** One timed phase of GETs of `path` as a visitor, with the CPU each request cost. */
async function phase({ agent, baseUrl, path, seconds, processes, expect }) {
  const before = cpuSnapshot(processes.pid, processes.databaseName);
  const result = await closedLoop({
    agent,
    clients: CONNECTIONS,
    durationMs: seconds * 1000,
    shouldStop: stopping,
    next: () => ({ url: `${baseUrl}${path}`, options: { headers: { Accept: "text/html", "Accept-Language": "en" } } }),
    classify: (response) => ({ ok: response.status === 200 && expect(response.body) }),
  });
  const cpu = cpuBetween(before, cpuSnapshot(processes.pid, processes.databaseName));
  const perOk = (cpuSeconds) => (cpu && result.ok > 0 ? round((cpuSeconds * 1000) / result.ok, 2) : null);
  return {
    ok: result.ok,
    failed: result.failed,
    per_s: round(result.perSecond),
    ...result.latency,
    errors: result.errors,
    server_cpu_ms_per_ok: perOk(cpu?.server_cpu_s),
    postgres_cpu_ms_per_ok: processes.databaseName ? perOk(cpu?.postgres_cpu_s) : null,
    other_percent: cpu?.other_percent ?? null,
  };
}

export const sectionPage = {
  name: "section_page",
  description: "visitors reading a section page with 1,000 approved submissions, against a bare Remix GET route",
  async run(options) {
    const { duration } = options;
    const database = await createDatabase();
    // The server migrates and seeds the demo, then stands aside (PGlite: one process per directory).
    await startServer(database);
    await stopServer();
    await load(database);
    if (stopping()) throw new Error("stopped by a signal");

    const { baseUrl, pid } = await startServer(database, { cpuProfileDir: options.cpuProfileDir });
    const processes = { pid, databaseName: database.name ?? null };
    const agent = createAgent(CONNECTIONS);
    const phases = {};
    try {
      const page = await send(agent, `${baseUrl}${PAGE_PATH}`, { headers: { "Accept-Language": "en" } });
      // The page must be the real one: its heading counts every approved submission.
      const counted = /Published input \(1,0\d\d\)/.test(page.body);
      if (page.status !== 200 || !counted)
        throw new Error(`GET ${PAGE_PATH} answered HTTP ${page.status} without the 1,000 submissions`);
      const pageBytes = Buffer.byteLength(page.body);
      const isPage = (body) => body.includes('id="published-heading"');
      const probe = await send(agent, `${baseUrl}${BASELINE_PATH}`);
      if (probe.status !== 200) throw new Error(`GET ${BASELINE_PATH} answered HTTP ${probe.status}, not 200`);

      log(`warm-up: ${WARMUP_SECONDS} s of page loads (not counted)`);
      await phase({ agent, baseUrl, path: PAGE_PATH, seconds: WARMUP_SECONDS, processes, expect: isPage });
      log(`section page: ${duration} s, ${CONNECTIONS} connections`);
      phases.page = await phase({ agent, baseUrl, path: PAGE_PATH, seconds: duration, processes, expect: isPage });
      if (stopping()) throw new Error("stopped by a signal");
      log(`baseline (bare Remix GET route): ${duration} s, ${CONNECTIONS} connections`);
      phases.baseline = await phase({
        agent,
        baseUrl,
        path: BASELINE_PATH,
        seconds: duration,
        processes,
        expect: () => true,
      });
      return {
        database: database.kind,
        connections: CONNECTIONS,
        duration_s: duration,
        submissions: SUBMISSIONS,
        page_bytes: pageBytes,
        per_s: phases.page.per_s,
        baseline_per_s: phases.baseline.per_s,
        ratio: round(phases.page.per_s / phases.baseline.per_s, 3),
        p50_ms: phases.page.p50_ms,
        p95_ms: phases.page.p95_ms,
        server_cpu_ms_per_page: phases.page.server_cpu_ms_per_ok,
        postgres_cpu_ms_per_page: phases.page.postgres_cpu_ms_per_ok,
        baseline_server_cpu_ms: phases.baseline.server_cpu_ms_per_ok,
        other_percent: phases.page.other_percent,
        phases,
      };
    } finally {
      agent.destroy();
    }
  },

  report(figures) {
    const title = `section_page on ${figures.database} (${figures.connections} connections, ${figures.duration_s} s, ${figures.submissions} approved submissions)`;
    const check = figures.ratio >= TARGETS.ratio ? "ok" : "MISSED";
    return [
      title,
      "-".repeat(title.length),
      `pages/s      ${figures.per_s}  (p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, ${figures.page_bytes} bytes)`,
      `baseline/s   ${figures.baseline_per_s}`,
      `ratio        ${figures.ratio}  (target ≥ ${TARGETS.ratio}: ${check})`,
      `CPU per page app ${figures.server_cpu_ms_per_page ?? "-"} ms, PostgreSQL ${figures.postgres_cpu_ms_per_page ?? "-"} ms (baseline app ${figures.baseline_server_cpu_ms ?? "-"} ms)`,
      `failed       page ${figures.phases.page.failed}, baseline ${figures.phases.baseline.failed}; other load ${figures.other_percent ?? "-"}%`,
    ];
  },

  failure: "pages failed",

  /** Broken, not slow: a page load that did not answer the page. */
  failed(figures) {
    return figures.phases.page.failed > 0 || figures.phases.baseline.failed > 0;
  },
};
