// Scenario "export": the working group's CSV export of every submission of a consultation with
// 1,000,000 of them (the queue scenario's bulk load), downloaded once by a moderator, as a stream.
// Measured: the time until the last byte, the rows received, and the app server's peak resident
// memory while it streamed (sampled from /proc every 50 ms), once the theme trainer is idle. See
// tests/bench/README.md.
import { readFileSync } from "node:fs";
import http from "node:http";
import { BENCH_SLUG } from "./bulk-load.js";
import { log, startServer, stopServer, withDatabase } from "./environment.js";
import { createAgent, send } from "./http.js";
import { freshLoad, logIn, reuseLoad } from "./queue.js";

export const TARGETS = { total_s: 60, peak_rss_mb: 200 };
const SAMPLE_MS = 50;
const DOWNLOAD_TIMEOUT_MS = 15 * 60_000;
const TRAINING_TIMEOUT_MS = 20 * 60_000;

function residentMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((row) => row.startsWith("VmRSS:"));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Downloads the export, counting its bytes and row ends (CRLF) as they arrive, keeping none of them. */
function download(url, cookie) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    let bytes = 0;
    let lineEnds = 0;
    let carriage = false;
    const request = http.get(url, { headers: { Cookie: cookie } }, (response) => {
      response.on("data", (chunk) => {
        bytes += chunk.length;
        for (let index = 0; index < chunk.length; index++) {
          const byte = chunk[index];
          if (byte === 0x0a && carriage) lineEnds++;
          carriage = byte === 0x0d;
        }
      });
      response.on("end", () =>
        resolve({ status: response.statusCode, bytes, lineEnds, s: Number(process.hrtime.bigint() - started) / 1e9 }),
      );
      response.on("error", (error) => resolve({ status: 0, error: error.message, bytes, lineEnds, s: null }));
    });
    request.setTimeout(DOWNLOAD_TIMEOUT_MS, () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve({ status: 0, error: error.message, bytes, lineEnds, s: null }));
  });
}

/**
 * Waits until the server's background trainer has brought every theme model up to date. After a
 * fresh load it trains on the load's tagged input for a minute or two, reading the examples in the
 * server and training in a child process: the export is measured on its own. Only on PostgreSQL:
 * PGlite's data directory is the running server's alone.
 */
async function themeModelsTrained(database) {
  if (database.kind !== "postgres") return;
  const started = Date.now();
  for (let said = false; ; said = true) {
    const [row] = await withDatabase(
      database,
      (sql) => sql`select count(*)::int as behind from theme_model_versions v
        left join theme_models m on m.consultation_id = v.consultation_id
        where m.consultation_id is null or m.epoch <> v.epoch or m.version <> v.version`,
    );
    if (row.behind === 0) break;
    if (Date.now() - started > TRAINING_TIMEOUT_MS) throw new Error("the theme trainer did not finish in 20 minutes");
    if (!said) log("waiting for the theme trainer to store the load's model first");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  if (Date.now() - started > 2_000) log(`theme models trained after ${Math.round((Date.now() - started) / 1000)} s`);
}

const round = (value, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

export const exportScenario = {
  name: "export",
  description: "the CSV export of all 1,000,000 submissions, streamed to one moderator: time and app server memory",
  async run(options) {
    const { database, loaded } = options.database ? await reuseLoad(options.database) : await freshLoad(options);
    const { baseUrl, pid } = await startServer(database, { cpuProfileDir: options.cpuProfileDir });
    const agent = createAgent(1);
    try {
      const cookie = await logIn(agent, baseUrl);
      // The server builds its queue totals and theme model after starting: a submission page waits
      // for them, so the export's memory is measured on its own.
      const get = (path) => send(agent, `${baseUrl}${path}`, { headers: { Cookie: cookie }, timeoutMs: 600_000 });
      const queuePage = await get(`/review/${BENCH_SLUG}`);
      const item = new RegExp(`href="(/review/${BENCH_SLUG}/[A-Z0-9-]+)[?"]`).exec(queuePage.body ?? "")?.[1];
      if (item) await get(item);
      await themeModelsTrained(database);
      const before = residentMb(pid);
      let peak = before ?? 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, residentMb(pid) ?? 0);
      }, SAMPLE_MS);
      log(`downloading /review/${BENCH_SLUG}/export?status=all&format=csv`);
      const result = await download(`${baseUrl}/review/${BENCH_SLUG}/export?status=all&format=csv`, cookie).finally(
        () => clearInterval(sampler),
      );
      peak = Math.max(peak, residentMb(pid) ?? 0);
      return {
        database: database.kind,
        submissions: loaded.data.submissions,
        status: result.status,
        error: result.error ?? null,
        // The header is one line; a text's own line breaks are LF alone in the bench's corpus.
        rows: Math.max(0, result.lineEnds - 1),
        total_s: round(result.s),
        megabytes: round(result.bytes / 1e6),
        rss_before_mb: round(before),
        peak_rss_mb: round(peak),
      };
    } finally {
      agent.destroy();
      await stopServer();
    }
  },

  report(figures) {
    const title = `export on ${figures.database}: CSV of ${figures.submissions.toLocaleString("en")} submissions`;
    const check = (value, target) => (value !== null && value < target ? "ok" : "MISSED");
    return [
      title,
      "-".repeat(title.length),
      `status       ${figures.status}${figures.error ? ` (${figures.error})` : ""}`,
      `rows         ${figures.rows.toLocaleString("en")} (${figures.megabytes} MB)`,
      `total        ${figures.total_s} s (target < ${TARGETS.total_s}: ${check(figures.total_s, TARGETS.total_s)})`,
      `peak RSS     ${figures.peak_rss_mb} MB app server while streaming (target < ${TARGETS.peak_rss_mb}: ${check(figures.peak_rss_mb, TARGETS.peak_rss_mb)}); ${figures.rss_before_mb} MB before`,
    ];
  },

  failure: "the export did not answer 200 with every submission",

  failed(figures) {
    return figures.status !== 200 || figures.rows !== figures.submissions;
  },
};
