// Scenario "intake": many signed-in contributors sending input on one section at once, through the
// real HTTP action (POST /consultations/ascc-post-2025/send?section=2.1), then a count of what the
// database kept. See tests/bench/README.md for what each figure means.
import { randomBytes, randomUUID } from "node:crypto";
import { comment } from "./comments.js";
import { cpuBetween, cpuSnapshot } from "./cpu.js";
import { createDatabase, log, startServer, stopping, stopServer, withDatabase } from "./environment.js";
import { closedLoop, cookiesFrom, createAgent, pool, send } from "./http.js";

const CONSULTATION = "ascc-post-2025";
const SECTION = "2.1";
const SEND_PATH = `/consultations/${CONSULTATION}/send?section=${SECTION}`;
const BASELINE_PATH = "/bench/parse";
const ACKNOWLEDGED = /^(?:https?:\/\/[^/]+)?\/my-input\/([A-Za-z0-9-]+)\?sent=1$/;
// argon2id takes ~30 ms and 19 MiB per hash; a few at once keep both cores busy without thrashing.
const REGISTER_CONCURRENCY = 4;

export const TARGETS = { accepted_per_s: 500, ratio: 0.5 };

const form = (fields) => new URLSearchParams(fields).toString();
/**
 * The headers of a form post from a page of the site itself, signed in with `cookie` if given, from
 * contributor `index`'s own address: the server trusts loopback as a proxy (environment.js), so
 * each contributor meets the per-address limits alone, as people in different places would.
 */
const formHeaders = (baseUrl, cookie, index = 0) => ({
  "Content-Type": "application/x-www-form-urlencoded",
  Origin: baseUrl,
  "X-Forwarded-For": `198.18.${index >> 8}.${index & 255}`,
  ...(cookie ? { Cookie: cookie } : {}),
});

async function registerContributors(agent, baseUrl, count) {
  const run = randomBytes(4).toString("hex");
  const started = Date.now();
  const cookies = await pool(count, REGISTER_CONCURRENCY, async (index) => {
    const result = await send(agent, `${baseUrl}/register`, {
      method: "POST",
      headers: formHeaders(baseUrl, undefined, index),
      body: form({
        name: `Bench Contributor ${index + 1}`,
        email: `bench-${run}-${index + 1}@bench.masukan.test`,
        password: `bench-password-${run}-${index + 1}`,
        preferredLanguage: index % 2 === 0 ? "en" : "id",
        organisationMode: "individual",
        redirectTo: "/",
      }),
    });
    const pairs = cookiesFrom(result.headers);
    if (result.status !== 302 || !pairs.some((pair) => pair.startsWith("masukan_session="))) {
      const detail = result.status ? `HTTP ${result.status}` : `network ${result.error}`;
      throw new Error(`registering contributor ${index + 1} failed (${detail}, no session cookie)`);
    }
    return pairs.join("; ");
  });
  const seconds = (Date.now() - started) / 1000;
  log(
    `registered ${count} contributors in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)}/s, ${REGISTER_CONCURRENCY} at a time)`,
  );
  return cookies;
}

/** The body of one submission; `withLanguage` false leaves the language to the server's detection. */
function submissionForm(sequence, withLanguage) {
  const { language, body } = comment(sequence);
  const idempotencyKey = randomUUID();
  const fields = {
    intent: "send",
    kind: "comment",
    stance: "support",
    body,
    consent: "public_anonymous",
    onBehalfOf: "individual",
    idempotencyKey,
    section: SECTION,
    attachmentId: "",
  };
  if (withLanguage) fields.language = language;
  return { idempotencyKey, body: form(fields) };
}

/**
 * A timed phase of form posts from `connections` clients for `seconds`, round-robin over the
 * contributors' cookies; `post(sequence)` gives each one's `{ path, body, context }`. The send
 * phases and the baseline post alike, so that their rates compare.
 */
function postingPhase({ agent, baseUrl, cookies, connections, seconds, post, classify }) {
  let contributor = 0;
  return closedLoop({
    agent,
    clients: connections,
    durationMs: seconds * 1000,
    shouldStop: stopping,
    next: (_client, sequence) => {
      const { path, body, context } = post(sequence);
      const index = contributor++ % cookies.length;
      return {
        url: `${baseUrl}${path}`,
        options: { method: "POST", headers: formHeaders(baseUrl, cookies[index], index), body },
        context,
      };
    },
    classify,
  });
}

/**
 * A timed phase of sends. Every acknowledged reference goes into `ledger` with the idempotency key
 * it answered, so the count afterwards can tell lost and duplicated input apart.
 */
function sendPhase({ withLanguage, ledger, ...phase }) {
  return postingPhase({
    ...phase,
    post: () => {
      // Numbered across phases, so no text is sent twice in a run.
      const { idempotencyKey, body } = submissionForm(ledger.sent, withLanguage);
      ledger.sent++;
      return { path: SEND_PATH, body, context: { idempotencyKey } };
    },
    classify: (result, { idempotencyKey }) => {
      const location = result.headers.location ?? "";
      const match = result.status === 302 ? ACKNOWLEDGED.exec(location) : null;
      if (match) {
        ledger.acknowledged.push({ reference: match[1], key: idempotencyKey });
        return { ok: true };
      }
      if (result.status === 0) ledger.unknown++;
      if (result.status === 302) return { ok: false, label: `302 to ${location.split("?")[0]}` };
      return { ok: false };
    },
  });
}

/** A timed phase of the same bodies posted to the baseline route, which only parses them. */
function baselinePhase(phase) {
  return postingPhase({
    ...phase,
    post: (sequence) => ({ path: BASELINE_PATH, body: submissionForm(sequence, true).body }),
    classify: (result) => ({ ok: result.status === 204 }),
  });
}

/** Compares what was acknowledged with what the database holds. */
function reconcile(ledger, rows) {
  const rowCountByReference = new Map();
  const rowCountByKey = new Map();
  const storedPairs = new Set();
  for (const row of rows) {
    rowCountByReference.set(row.reference, (rowCountByReference.get(row.reference) ?? 0) + 1);
    rowCountByKey.set(row.key, (rowCountByKey.get(row.key) ?? 0) + 1);
    storedPairs.add(`${row.reference} ${row.key}`);
  }
  const keysByAcknowledgedReference = new Map();
  const acknowledgedKeys = new Set();
  let lost = 0;
  for (const { reference, key } of ledger.acknowledged) {
    acknowledgedKeys.add(key);
    const keys = keysByAcknowledgedReference.get(reference) ?? new Set();
    keys.add(key);
    keysByAcknowledgedReference.set(reference, keys);
    if (!storedPairs.has(`${reference} ${key}`)) lost++;
  }
  const extra = (counts) => [...counts.values()].reduce((total, count) => total + Math.max(0, count - 1), 0);
  const referencesGivenTwice = [...keysByAcknowledgedReference.values()].reduce(
    (total, keys) => total + keys.size - 1,
    0,
  );
  return {
    acknowledged: ledger.acknowledged.length,
    stored: rows.length,
    lost,
    duplicates: extra(rowCountByReference) + extra(rowCountByKey) + referencesGivenTwice,
    stored_unacknowledged: rows.filter((row) => !acknowledgedKeys.has(row.key)).length,
    unknown_outcome: ledger.unknown,
  };
}

const round = (value, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** Runs one phase and adds where the CPU time went; per-request CPU figures hold even on a busy machine. */
async function measured({ pid, databaseName }, phase) {
  const before = cpuSnapshot(pid, databaseName);
  const result = await phase();
  const cpu = cpuBetween(before, cpuSnapshot(pid, databaseName));
  const perOk = (seconds) => (cpu && result.ok > 0 ? round((seconds * 1000) / result.ok, 2) : null);
  return {
    ok: result.ok,
    failed: result.failed,
    seconds: round(result.seconds, 2),
    per_s: round(result.perSecond),
    ...result.latency,
    errors: result.errors,
    server_cpu_ms_per_ok: perOk(cpu?.server_cpu_s),
    postgres_cpu_ms_per_ok: perOk(cpu?.postgres_cpu_s),
    cpu,
  };
}

/** How busy the machine is with other programs while the benchmark itself waits. */
async function otherLoad({ pid, databaseName }) {
  const before = cpuSnapshot(pid, databaseName);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return cpuBetween(before, cpuSnapshot(pid, databaseName))?.other_percent ?? null;
}

const BUSY_PERCENT = 10;

/** Ends the scenario between phases once Ctrl-C was pressed (the runner cleans up). */
function unlessStopping() {
  if (stopping()) throw new Error("stopped by a signal");
}

export const intake = {
  name: "intake",
  description: "contributors sending input on one section at once, against a bare form-parsing action",
  async run(options) {
    const { connections, duration, contributors, warmup } = options;
    const detectSeconds = Math.max(1, Math.round(duration / 2));
    const database = await createDatabase();
    const { baseUrl, pid } = await startServer(database, { cpuProfileDir: options.cpuProfileDir });
    const processes = { pid, databaseName: database.name ?? null };
    const benchStart = new Date();
    const agent = createAgent(Math.max(connections, REGISTER_CONCURRENCY));
    const ledger = { sent: 0, acknowledged: [], unknown: 0 };
    const phases = {};
    let quietBefore = null;
    try {
      const cookies = await registerContributors(agent, baseUrl, contributors);
      quietBefore = await otherLoad(processes);
      if (quietBefore !== null && quietBefore > BUSY_PERCENT) {
        log(
          `warning: other programs use ${quietBefore}% of the machine's CPU; the rates will be low and vary (see other_percent)`,
        );
      }

      unlessStopping();
      if (warmup > 0) {
        log(`warm-up: ${warmup} s of sends (not counted in the rates)`);
        phases.warmup = await measured(processes, () =>
          sendPhase({ agent, baseUrl, cookies, connections, seconds: warmup, withLanguage: true, ledger }),
        );
      }

      unlessStopping();
      log(`send (language chosen): ${duration} s, ${connections} connections`);
      phases.send = await measured(processes, () =>
        sendPhase({ agent, baseUrl, cookies, connections, seconds: duration, withLanguage: true, ledger }),
      );

      unlessStopping();
      if (options.detect) {
        log(`send (language detected by the server): ${detectSeconds} s, ${connections} connections`);
        phases.send_detect = await measured(processes, () =>
          sendPhase({ agent, baseUrl, cookies, connections, seconds: detectSeconds, withLanguage: false, ledger }),
        );
      }

      unlessStopping();
      const probe = await send(agent, `${baseUrl}${BASELINE_PATH}`, {
        method: "POST",
        headers: formHeaders(baseUrl, cookies[0]),
        body: submissionForm(0, true).body,
      });
      if (probe.status === 204) {
        log(`baseline (bare Remix action, form parsing only): ${duration} s, ${connections} connections`);
        phases.baseline = await measured(processes, () =>
          baselinePhase({ agent, baseUrl, cookies, connections, seconds: duration }),
        );
      } else {
        const answer = probe.status ? `HTTP ${probe.status}` : `network ${probe.error}`;
        log(
          `baseline route missing: POST ${BASELINE_PATH} answered ${answer}, not 204 (see tests/bench/README.md); baseline_per_s = null`,
        );
      }
    } finally {
      agent.destroy();
    }

    // PGlite allows one process per data directory, so the server goes first; same for PostgreSQL,
    // so nothing is still being written while counting.
    unlessStopping();
    await stopServer();
    const since = benchStart.toISOString();
    const { rows, grouped } = await withDatabase(database, async (sql) => {
      const made = await sql`select reference, idempotency_key::text as key from submissions
                             where created_at >= ${since}::timestamptz and section_id is not null`;
      // Near-duplicate grouping (form letters) is recent; older schemas simply have no figure.
      let inGroups = null;
      try {
        const [row] = await sql`select count(*)::int as count from submissions
                                where created_at >= ${since}::timestamptz and duplicate_group_id is not null`;
        inGroups = row.count;
      } catch {
        inGroups = null;
      }
      return { rows: made, grouped: inGroups };
    });
    const integrity = reconcile(ledger, rows);

    const accepted = phases.send.per_s;
    const baseline = phases.baseline?.per_s ?? null;
    return {
      database: database.kind,
      connections,
      duration_s: duration,
      contributors,
      accepted_per_s: accepted,
      baseline_per_s: baseline,
      ratio: baseline ? round(accepted / baseline, 3) : null,
      p50_ms: phases.send.p50_ms,
      p95_ms: phases.send.p95_ms,
      p99_ms: phases.send.p99_ms,
      detect_per_s: phases.send_detect?.per_s ?? null,
      detect_p95_ms: phases.send_detect?.p95_ms ?? null,
      ...integrity,
      sent: ledger.sent,
      near_duplicates_grouped: grouped,
      server_cpu_ms_per_ok: phases.send.server_cpu_ms_per_ok,
      postgres_cpu_ms_per_ok: database.kind === "postgres" ? phases.send.postgres_cpu_ms_per_ok : null,
      baseline_server_cpu_ms_per_ok: phases.baseline?.server_cpu_ms_per_ok ?? null,
      other_percent: phases.send.cpu?.other_percent ?? null,
      other_percent_before: quietBefore,
      errors: phases.send.errors,
      phases,
      database_pool_size: database.kind === "postgres" ? Number(process.env.DATABASE_POOL_SIZE ?? 10) : null,
    };
  },

  /** Lines for the console after the run. */
  report(figures) {
    const lines = [];
    const title = `intake on ${figures.database} (${figures.connections} connections, ${figures.duration_s} s, ${figures.contributors} contributors)`;
    lines.push(title, "-".repeat(title.length));
    const header = [
      "phase",
      "ok",
      "failed",
      "per s",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "max ms",
      "app CPU ms/ok",
      "pg CPU ms/ok",
      "other load",
      "errors",
    ];
    const figure = (value) => (value === null || value === undefined ? "-" : String(value));
    const rows = [
      ["send, language chosen", figures.phases.send],
      ["send, language detected", figures.phases.send_detect],
      ["baseline: parse form only", figures.phases.baseline],
      ["warm-up (not counted)", figures.phases.warmup],
    ]
      .filter(([, phase]) => phase)
      .map(([name, phase]) => [
        name,
        String(phase.ok),
        String(phase.failed),
        String(phase.per_s),
        String(phase.p50_ms),
        String(phase.p95_ms),
        String(phase.p99_ms),
        String(phase.max_ms),
        figure(phase.server_cpu_ms_per_ok),
        figures.database === "postgres" ? figure(phase.postgres_cpu_ms_per_ok) : "-",
        phase.cpu ? `${phase.cpu.other_percent}%` : "-",
        Object.entries(phase.errors)
          .map(([label, count]) => `${label}: ${count}`)
          .join(", ") || "-",
      ]);
    if (!figures.phases.baseline) {
      rows.push([
        "baseline: parse form only",
        "-",
        "-",
        "missing",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        "-",
        `no route at ${BASELINE_PATH}`,
      ]);
    }
    const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
    const format = (row) =>
      row
        .map((cell, column) =>
          column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
        )
        .join("  ");
    lines.push(format(header), ...rows.map(format), "");
    const check = (ok) => (ok === null ? "n/a" : ok ? "ok" : "MISSED");
    lines.push(
      `accepted/s   ${figures.accepted_per_s}  (target ≥ ${TARGETS.accepted_per_s}: ${check(figures.accepted_per_s >= TARGETS.accepted_per_s)})`,
      `baseline/s   ${figures.baseline_per_s ?? "null (route missing)"}`,
      `ratio        ${figures.ratio ?? "null"}  (target ≥ ${TARGETS.ratio}: ${check(figures.ratio === null ? null : figures.ratio >= TARGETS.ratio)})`,
      `p95          ${figures.p95_ms} ms`,
      `acknowledged ${figures.acknowledged} (all send phases, warm-up included)`,
      `stored       ${figures.stored}`,
      `lost         ${figures.lost}  (${check(figures.lost === 0)})`,
      `duplicates   ${figures.duplicates}  (${check(figures.duplicates === 0)})`,
    );
    if (figures.other_percent !== null && figures.other_percent > BUSY_PERCENT) {
      lines.push(
        `warning: other programs used ${figures.other_percent}% of the CPU during the send phase; rates are not comparable`,
      );
    }
    if (figures.stored_unacknowledged || figures.unknown_outcome) {
      lines.push(
        `also: ${figures.stored_unacknowledged} stored without an acknowledgement, ${figures.unknown_outcome} requests without an answer`,
      );
    }
    return lines;
  },

  failure: "input was lost or duplicated",

  /** Whether the figures show broken behaviour (not merely slow): lost or duplicated input. */
  failed(figures) {
    return figures.lost > 0 || figures.duplicates > 0;
  },
};
